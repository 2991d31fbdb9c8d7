package io.peerbot.domain.request;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A change lives in the peering's tags next to its request. EC2 tags are only added or overwritten, so
 * what a later write leaves out would be read back: each test merges writes the way EC2 does.
 */
class ChangeTagsTest {
    private static final String PCX = "pcx-0a1b2c3d4e5f60718";
    private static final Instant ASKED = Instant.parse("2024-11-29T09:00:00.250Z");
    private static final PeeringSide REQUESTER =
            new PeeringSide("vpc-0aaa0001", Vpcs.HERE, List.of(Cidr.parse("10.0.0.0/16")));
    private static final PeeringSide ACCEPTER =
            new PeeringSide("vpc-0bbb0002", Vpcs.THERE, List.of(Cidr.parse("10.1.0.0/16")));

    static Stream<Arguments> changes() {
        PeeringChange delete = PeeringChange.asked(ChangeKind.DELETE, List.of(), "U0APPOWN", ASKED,
                EnumSet.of(Side.REQUESTER));
        PeeringChange open = PeeringChange.asked(ChangeKind.OPEN, PortList.parse("tcp:6379,udp:53"), "U0OUTSIDE",
                ASKED, Set.of()).withMessage("1732870100.000200");
        return Stream.of(
                Arguments.of("delete asked", request(RequestState.APPLIED).withChange(delete)),
                Arguments.of("open asked, posted", request(RequestState.APPLIED).withChange(open)),
                Arguments.of("delete approved and begun", request(RequestState.APPLIED)
                        .withChange(delete.withApproval(approval(Side.ACCEPTER, "U0DBOWN"))).beginChange()),
                Arguments.of("open denied", request(RequestState.APPLIED).withChange(open.deniedBy("U0DBOWN"))),
                Arguments.of("close done", request(RequestState.APPLIED).withChange(PeeringChange.asked(
                        ChangeKind.CLOSE, PortList.parse("tcp:5432"), "W0ADMIN", ASKED, Set.of())
                        .withApproval(approval(Side.REQUESTER, "U0APPOWN"))
                        .withApproval(approval(Side.ACCEPTER, "U0DBOWN"))).beginChange().finishChange()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("changes")
    void readsBackWhatItWrote(String description, PeeringRequest request) {
        Map<String, String> tags = RequestTags.encode(request);

        assertThat(RequestTags.decode(peering(tags))).contains(request);
        tags.forEach((key, value) -> assertThat(value).as(key).hasSizeLessThanOrEqualTo(256)
                .matches("[A-Za-z0-9 +\\-=._:/@]*"));
    }

    @Test
    void writesReadableValues() {
        PeeringChange close = PeeringChange.asked(ChangeKind.CLOSE, PortList.parse("tcp:5432,icmp"), "U0APPOWN",
                ASKED, EnumSet.of(Side.REQUESTER)).withMessage("1732870100.000200");

        Map<String, String> tags = RequestTags.encode(request(RequestState.APPLIED).withChange(close));

        assertThat(tags).containsEntry("peerbot:change", "close tcp:5432 icmp")
                .containsEntry("peerbot:change:2", "")
                .containsEntry("peerbot:change-state", "awaiting-approval")
                .containsEntry("peerbot:change-by", "U0APPOWN")
                .containsEntry("peerbot:change-at", "2024-11-29T09:00:00.250Z")
                .containsEntry("peerbot:change-approvals", "requester=U0APPOWN@1732870800")
                .containsEntry("peerbot:change-denied-by", "")
                .containsEntry("peerbot:change-message", "1732870100.000200")
                .containsEntry("peerbot:ports:2", "");
    }

    @Test
    void aRequestWithoutAChangeWritesNoChangeTags() {
        assertThat(RequestTags.encode(request(RequestState.APPLIED)).keySet())
                .noneMatch(k -> k.startsWith("peerbot:change")).doesNotContain("peerbot:ports:2");
        assertThat(RequestTags.decode(peering(RequestTags.encode(request(RequestState.APPLIED)))).orElseThrow()
                .lastChange()).isEmpty();
    }

    @Test
    void aNewChangeOverwritesEverythingTheLastOneLeft() {
        PeeringChange old = PeeringChange.asked(ChangeKind.OPEN, wide(20), "U0APPOWN", ASKED,
                EnumSet.of(Side.REQUESTER)).withMessage("1732870100.000200").deniedBy("U0DBOWN");
        PeeringChange fresh = PeeringChange.asked(ChangeKind.DELETE, List.of(), "U0OUTSIDE",
                ASKED.plusSeconds(60), Set.of());
        PeeringRequest first = request(RequestState.APPLIED).withChange(old);
        PeeringRequest second = first.withChange(fresh);

        Map<String, String> inAws = merged(RequestTags.encode(first), RequestTags.encode(second));

        assertThat(RequestTags.decode(peering(inAws))).contains(second);
    }

    @Test
    void closingPortsLeavesNoStaleRemainderOfTheLongerList() {
        PeeringRequest wideOpen = request(RequestState.APPLIED).withPorts(wide(20));
        assertThat(RequestTags.encode(wideOpen)).containsKey("peerbot:ports:2");
        PeeringChange close = PeeringChange.asked(ChangeKind.CLOSE, wide(20).subList(1, 20), "U0APPOWN", ASKED,
                EnumSet.of(Side.REQUESTER)).withApproval(approval(Side.ACCEPTER, "U0DBOWN"));
        PeeringRequest closed = wideOpen.withChange(close).beginChange().finishChange();

        Map<String, String> inAws = merged(RequestTags.encode(wideOpen), RequestTags.encode(closed));

        PeeringRequest readBack = RequestTags.decode(peering(inAws)).orElseThrow();
        assertThat(readBack.options().ports()).isEqualTo(wide(20).subList(0, 1));
        assertThat(readBack).isEqualTo(closed);
    }

    @Test
    void staysWithinEc2TagLimitsWithEverythingAtItsLongest() {
        List<String> thirtySubnets = IntStream.range(0, 30)
                .mapToObj(i -> String.format("subnet-0a1b2c3d4e5f6%04x", i)).toList();
        PeeringRequest request = new PeeringRequest(PCX, REQUESTER, ACCEPTER, "U0APPOWN", "C0PLATFORM",
                "1732870000.123456", new PeeringOptions(wide(20), thirtySubnets, true, true, "x".repeat(250)),
                List.of(approval(Side.REQUESTER, "U0APPOWN")), null, RequestState.APPLIED, Instant.ofEpochSecond(1732868800))
                .withChange(PeeringChange.asked(ChangeKind.CLOSE, wide(19), "U0APPOWN", ASKED,
                        EnumSet.of(Side.REQUESTER)).withMessage("1732870100.000200"));

        Map<String, String> tags = RequestTags.encode(request);

        assertThat(tags.size() + 1).as("with peerbot:last-test").isLessThanOrEqualTo(50);
        assertThat(RequestTags.decode(peering(tags))).contains(request);
    }

    static Stream<Arguments> handEdits() {
        return Stream.of(
                Arguments.of("peerbot:change", "drop", "tag peerbot:change: unknown change 'drop'"),
                Arguments.of("peerbot:change", "open", "tag peerbot:change: /peer open needs ports"),
                Arguments.of("peerbot:change", "close tcp:99999", "ports run from 1 to 65535"),
                Arguments.of("peerbot:change-state", "maybe", "unknown change state 'maybe'"),
                Arguments.of("peerbot:change-at", null, "tag peerbot:change-at is missing"),
                Arguments.of("peerbot:change-by", "alice", "tag peerbot:change-by: 'alice' is not of the form"),
                Arguments.of("peerbot:change-approvals", "accepter=bob", "is not side=user@epoch-seconds"),
                Arguments.of("peerbot:change-message", "yesterday", "tag peerbot:change-message: 'yesterday'"));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @MethodSource("handEdits")
    void treatsABrokenHandEditOfTheChangeAsUnreadable(String key, String value, String problem) {
        Map<String, String> tags = new HashMap<>(RequestTags.encode(request(RequestState.APPLIED).withChange(
                PeeringChange.asked(ChangeKind.DELETE, List.of(), "U0APPOWN", ASKED, EnumSet.of(Side.REQUESTER)))));
        if (value == null) {
            tags.remove(key);
        } else {
            tags.put(key, value);
        }

        assertThat(RequestTags.decode(peering(tags))).isEmpty();
        assertThat(RequestTags.whyUnreadable(peering(tags))).hasValueSatisfying(why -> assertThat(why)
                .contains(problem));
    }

    private static List<io.peerbot.domain.traffic.PortRange> wide(int n) {
        return PortList.parse(String.join(",", IntStream.range(0, n)
                .mapToObj(i -> "udp:" + (10000 + i * 100) + "-" + (10000 + i * 100 + 99)).toList()));
    }

    private static Map<String, String> merged(Map<String, String> before, Map<String, String> written) {
        Map<String, String> all = new LinkedHashMap<>(before);
        all.putAll(written);
        return all;
    }

    private static Approval approval(Side side, String user) {
        return new Approval(side, user, ASKED.plusSeconds(100).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static PeeringRequest request(RequestState state) {
        return new PeeringRequest(PCX, REQUESTER, ACCEPTER, "U0APPOWN", "C0PLATFORM", "1732870000.123456",
                new PeeringOptions(PortList.parse("tcp:5432,icmp"), List.of(), false, true, ""),
                List.of(new Approval(Side.REQUESTER, "U0APPOWN", Instant.ofEpochSecond(1732868800))), null, state,
                Instant.ofEpochSecond(1732868800));
    }

    private static PeeringConnection peering(Map<String, String> tags) {
        return new PeeringConnection(PCX, REQUESTER, ACCEPTER, PeeringStatus.ACTIVE, "", tags);
    }
}
