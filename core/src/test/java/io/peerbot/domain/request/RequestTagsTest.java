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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestTagsTest {
    private static final String PCX = "pcx-0a1b2c3d4e5f60718";
    private static final Instant CREATED = Instant.parse("2024-11-29T08:26:40Z");
    private static final PeeringSide REQUESTER =
            new PeeringSide("vpc-0aaa0001", Vpcs.HERE, List.of(Cidr.parse("10.0.0.0/16")));
    private static final PeeringSide ACCEPTER =
            new PeeringSide("vpc-0bbb0002", Vpcs.THERE, List.of(Cidr.parse("10.1.0.0/16"), Cidr.parse("10.2.0.0/16")));

    static Stream<Arguments> requests() {
        List<String> thirtySubnets = IntStream.range(0, 30).mapToObj(i -> String.format("subnet-0a1b2c3d4e5f6%04x", i))
                .toList();
        String twentyPorts = String.join(",", IntStream.range(0, 20)
                .mapToObj(i -> "udp:" + (10000 + i * 100) + "-" + (10000 + i * 100 + 99)).toList());
        return Stream.of(
                Arguments.of("just asked", request(PeeringOptions.defaults(), List.of(), null,
                        RequestState.AWAITING_APPROVAL)),
                Arguments.of("requester consented by asking", request(PeeringOptions.defaults(),
                        List.of(approval(Side.REQUESTER, "U0REQUEST", 0)), null, RequestState.AWAITING_APPROVAL)),
                Arguments.of("every option, punctuation and accents in the reason", request(
                        new PeeringOptions(PortList.parse("tcp:5432,udp:53,tcp:8000-8100,icmp"),
                                List.of("subnet-0a1b2c3d", "subnet-0a1b2c3d4e5f60718"), true, false,
                                "Orders, ticket #42 — reads the café DB (50% = load) & “more”?"),
                        List.of(approval(Side.REQUESTER, "U0REQUEST", 0), approval(Side.ACCEPTER, "W0ADMIN01", 100)),
                        null, RequestState.APPLIED)),
                Arguments.of("denied", request(PeeringOptions.defaults(), List.of(), "U0OWNERDB",
                        RequestState.DENIED)),
                Arguments.of("thirty subnets", request(new PeeringOptions(PortList.parse("tcp:443"), thirtySubnets,
                        false, true, ""), List.of(), null, RequestState.AWAITING_APPROVAL)),
                Arguments.of("twenty wide port ranges", request(new PeeringOptions(PortList.parse(twentyPorts),
                        List.of(), false, true, "x"), List.of(), null, RequestState.AWAITING_APPROVAL)));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void readsBackWhatItWrote(String description, PeeringRequest request) {
        Map<String, String> tags = RequestTags.encode(request);

        assertThat(RequestTags.decode(peering(tags))).contains(request);
        assertThat(RequestTags.whyUnreadable(peering(tags))).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("requests")
    void staysWithinEc2TagLimits(String description, PeeringRequest request) {
        Map<String, String> tags = RequestTags.encode(request);

        assertThat(tags).hasSizeLessThanOrEqualTo(50).containsEntry("peerbot:managed", "true");
        tags.forEach((key, value) -> {
            assertThat(key).hasSizeLessThanOrEqualTo(128);
            assertThat(value).as(key).hasSizeLessThanOrEqualTo(256).matches("[A-Za-z0-9 +\\-=._:/@]*");
        });
    }

    @Test
    void writesReadableValues() {
        PeeringRequest request = request(new PeeringOptions(PortList.parse("tcp:5432,icmp"), List.of(), true, true,
                "nightly ETL, ticket #42"), List.of(approval(Side.REQUESTER, "U0REQUEST", 0),
                approval(Side.ACCEPTER, "U0OWNERDB", 100)), null, RequestState.AWAITING_APPROVAL);

        assertThat(RequestTags.encode(request, "app-vpc", "Billing → DB")).isEqualTo(Map.ofEntries(
                Map.entry("peerbot:managed", "true"),
                Map.entry("Name", "peerbot app-vpc to Billing _ DB"),
                Map.entry("peerbot:state", "awaiting-approval"),
                Map.entry("peerbot:requested-by", "U0REQUEST"),
                Map.entry("peerbot:channel", "C0PLATFORM"),
                Map.entry("peerbot:thread", "1732870000.123456"),
                Map.entry("peerbot:ports", "tcp:5432 icmp"),
                Map.entry("peerbot:dns", "true"),
                Map.entry("peerbot:test", "true"),
                Map.entry("peerbot:reason", "nightly ETL=2C ticket =2342"),
                Map.entry("peerbot:approvals", "requester=U0REQUEST@1732868800 accepter=U0OWNERDB@1732868900"),
                Map.entry("peerbot:created", "2024-11-29T08:26:40Z")));
    }

    @Test
    void splitsManySubnetsOverNumberedTags() {
        List<String> subnets = IntStream.range(0, 30).mapToObj(i -> String.format("subnet-0a1b2c3d4e5f6%04x", i))
                .toList();
        Map<String, String> tags = RequestTags.encode(request(new PeeringOptions(PortList.parse("icmp"), subnets,
                false, true, ""), List.of(), null, RequestState.AWAITING_APPROVAL));

        assertThat(tags).containsKeys("peerbot:subnets", "peerbot:subnets:2", "peerbot:subnets:3")
                .doesNotContainKey("peerbot:subnets:4");
        assertThat(tags.get("peerbot:subnets")).startsWith("subnet-0a1b2c3d4e5f60000 subnet-0a1b2c3d4e5f60001 ");
    }

    @Test
    void cutsALongReasonWithAnEllipsis() {
        String reason = "The orders service, the invoicing job and the nightly reports read the billing DB; "
                .repeat(6).strip();
        PeeringRequest request = request(new PeeringOptions(PortList.parse("tcp:5432"), List.of(), false, true,
                reason), List.of(), null, RequestState.AWAITING_APPROVAL);

        Map<String, String> tags = RequestTags.encode(request);
        String readBack = RequestTags.decode(peering(tags)).orElseThrow().options().reason();

        assertThat(tags.get("peerbot:reason")).hasSizeLessThanOrEqualTo(256).endsWith("=E2=80=A6");
        assertThat(readBack).endsWith("…").hasSizeGreaterThan(200);
        assertThat(reason).startsWith(readBack.substring(0, readBack.length() - 1));
    }

    static Stream<Arguments> handEdits() {
        return Stream.of(
                Arguments.of("peerbot:state", "bogus", "tag peerbot:state: unknown request state 'bogus'"),
                Arguments.of("peerbot:state", null, "tag peerbot:state is missing"),
                Arguments.of("peerbot:ports", "tcp:99999", "tag peerbot:ports: 'tcp:99999': ports run from 1 to 65535"),
                Arguments.of("peerbot:ports", null, "tag peerbot:ports is missing"),
                Arguments.of("peerbot:approvals", "accepter=bob", "tag peerbot:approvals: 'accepter=bob' is not "
                        + "side=user@epoch-seconds"),
                Arguments.of("peerbot:created", "yesterday", "tag peerbot:created: Text 'yesterday' could not be parsed"),
                Arguments.of("peerbot:requested-by", "bob", "tag peerbot:requested-by: 'bob' is not of the form"),
                Arguments.of("peerbot:requested-by", " ", "tag peerbot:requested-by is missing"),
                Arguments.of("peerbot:dns", "yes", "tag peerbot:dns: 'yes' is neither true nor false"),
                Arguments.of("peerbot:reason", "50=%", "tag peerbot:reason: '=' must be followed by two hex digits"),
                Arguments.of("peerbot:subnets", "subnet-xyz", "tag peerbot:subnets: 'subnet-xyz' is not of the form"),
                Arguments.of("peerbot:channel", "#platform", "tag peerbot:channel: '#platform' is not of the form"));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @MethodSource("handEdits")
    void treatsABrokenHandEditAsUnreadable(String key, String value, String problem) {
        PeeringConnection edited = peering(edit(key, value));

        assertThat(RequestTags.decode(edited)).isEmpty();
        assertThat(RequestTags.whyUnreadable(edited)).hasValueSatisfying(why -> assertThat(why)
                .startsWith(PCX + " has peerbot tags that cannot be read: ").contains(problem));
    }

    static Stream<Arguments> harmlessEdits() {
        return Stream.of(
                Arguments.of("Name", "my own name"),
                Arguments.of("peerbot:reason", null),
                Arguments.of("peerbot:channel", null),
                Arguments.of("team", "billing"),
                Arguments.of("peerbot:managed", "TRUE"),
                Arguments.of("peerbot:approvals", "requester=U0REQUEST@1732868800,accepter=U0OWNERDB@1732868900"),
                Arguments.of("peerbot:ports", "tcp:5432, icmp"));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @MethodSource("harmlessEdits")
    void stillReadsAfterAHarmlessEdit(String key, String value) {
        assertThat(RequestTags.decode(peering(edit(key, value)))).isPresent();
    }

    @Test
    void ignoresAPeeringItDidNotMake() {
        PeeringConnection foreign = peering(Map.of("Name", "made by hand"));
        PeeringConnection disowned = peering(edit("peerbot:managed", "false"));

        assertThat(RequestTags.decode(foreign)).isEmpty();
        assertThat(RequestTags.whyUnreadable(foreign)).isEmpty();
        assertThat(RequestTags.decode(disowned)).isEmpty();
    }

    @Test
    void linksTheThreadItRecorded() {
        PeeringRequest request = request(PeeringOptions.defaults(), List.of(), null, RequestState.AWAITING_APPROVAL);

        assertThat(ThreadLink.of(peering(RequestTags.encode(request))))
                .contains("https://slack.com/archives/C0PLATFORM/p1732870000123456");
        assertThat(ThreadLink.of(peering(Map.of()))).isEmpty();
    }

    private static Map<String, String> edit(String key, String value) {
        PeeringRequest request = request(new PeeringOptions(PortList.parse("tcp:5432,icmp"), List.of("subnet-0a1b2c3d"),
                true, true, "why"), List.of(approval(Side.REQUESTER, "U0REQUEST", 0)), null,
                RequestState.AWAITING_APPROVAL);
        Map<String, String> tags = new HashMap<>(RequestTags.encode(request));
        if (value == null) {
            tags.remove(key);
        } else {
            tags.put(key, value);
        }
        return tags;
    }

    private static PeeringRequest request(PeeringOptions options, List<Approval> approvals, String deniedBy,
                                          RequestState state) {
        return new PeeringRequest(PCX, REQUESTER, ACCEPTER, "U0REQUEST", "C0PLATFORM", "1732870000.123456", options,
                approvals, deniedBy, state, CREATED);
    }

    private static Approval approval(Side side, String user, long secondsAfter) {
        return new Approval(side, user, Instant.ofEpochSecond(1732868800 + secondsAfter));
    }

    private static PeeringConnection peering(Map<String, String> tags) {
        return new PeeringConnection(PCX, REQUESTER, ACCEPTER, PeeringStatus.PENDING_ACCEPTANCE, "", tags);
    }
}
