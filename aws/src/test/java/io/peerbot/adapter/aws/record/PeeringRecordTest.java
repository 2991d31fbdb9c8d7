package io.peerbot.adapter.aws.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.ThreadLink;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
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
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A managed peering written into its connection's tags and read back: the only store there is. */
class PeeringRecordTest {
    private static final String PCX = "pcx-0a1b2c3d4e5f60718";
    private static final Instant CREATED = Instant.parse("2024-11-29T08:26:40.123Z");
    private static final PeeringSide REQUESTER = new PeeringSide("vpc-0aaa0001", new Location("111122223333",
            "eu-west-1"), List.of(Cidr.parse("10.0.0.0/16")));
    private static final PeeringSide ACCEPTER = new PeeringSide("vpc-0bbb0002", new Location("222233334444",
            "us-east-1"), List.of(Cidr.parse("10.1.0.0/16"), Cidr.parse("10.2.0.0/16")));
    /** {@code peerbot:seal}, {@code peerbot:seal-key}, {@code peerbot:seq} and {@code peerbot:last-test}. */
    private static final int SEAL_AND_TEST_TAGS = 4;
    private static final MessageRef THREAD = new MessageRef("C0PLATFORM", "1732870000.123456");

    static Stream<Arguments> peerings() {
        List<String> thirtySubnets = IntStream.range(0, 30).mapToObj(i -> String.format("subnet-0a1b2c3d4e5f6%04x", i))
                .toList();
        String twentyPorts = String.join(",", IntStream.range(0, 20)
                .mapToObj(i -> "udp:" + (10000 + i * 100) + "-" + (10000 + i * 100 + 99)).toList());
        ManagedPeering applied = peering(PeeringOptions.defaults(), List.of(approval(Side.REQUESTER, "U0REQUEST", 0),
                approval(Side.ACCEPTER, "W0ADMIN01", 100)), ChangeState.DONE, null);
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse(twentyPorts).subList(0, 19), "U0OWNERDB",
                CREATED.plusSeconds(3600), Set.of(Side.ACCEPTER)).withMessage("1732870100.000200");
        Change delete = Change.asked(ChangeKind.DELETE, List.of(), "U0REQUEST", CREATED.plusSeconds(7200),
                Set.of(Side.REQUESTER)).deny("U0OWNERDB");
        return Stream.of(
                Arguments.of("just asked", peering(PeeringOptions.defaults(), List.of(), ChangeState.AWAITING_APPROVAL,
                        null)),
                Arguments.of("every option, punctuation and accents in the reason", peering(
                        new PeeringOptions(PortList.parse("tcp:5432,udp:53,tcp:8000-8100,icmp"),
                                List.of("subnet-0a1b2c3d", "subnet-0a1b2c3d4e5f60718"), true, false,
                                "Orders, ticket #42 — reads the café DB (50% = load) & “more”?"),
                        List.of(approval(Side.REQUESTER, "U0REQUEST", 0)), ChangeState.AWAITING_APPROVAL, null)),
                Arguments.of("an extra approver's consent beside a side's", peering(PeeringOptions.defaults(),
                        List.of(approval(Side.REQUESTER, "U0REQUEST", 0), Approval.extra("network team (prod, §4)",
                                "U0NETWORK", CREATED.plusSeconds(50))), ChangeState.AWAITING_APPROVAL, null)),
                Arguments.of("denied", peering(PeeringOptions.defaults(), List.of(), ChangeState.DENIED, "U0OWNERDB")),
                Arguments.of("rules between named groups both ways, routes overridden", peering(new PeeringOptions(
                        PortList.parse("tcp:443"), List.of(), false, true, "", new io.peerbot.domain.peering.RuleTargets(
                        List.of("sg-0a1b2c3d"), List.of("sg-0b2c3d4e5f6071829"), true, true))
                        .withOverrideRoutes(true), List.of(), ChangeState.AWAITING_APPROVAL, null)),
                Arguments.of("thirty subnets", peering(new PeeringOptions(PortList.parse("tcp:443"), thirtySubnets,
                        false, true, ""), List.of(), ChangeState.AWAITING_APPROVAL, null)),
                Arguments.of("twenty wide port ranges", peering(new PeeringOptions(PortList.parse(twentyPorts),
                        List.of(), false, true, "x"), List.of(), ChangeState.AWAITING_APPROVAL, null)),
                Arguments.of("applied with a wide open awaiting approval", applied.ask(open)),
                Arguments.of("applied, its outcome not yet in the thread", unreported(peering(PeeringOptions
                        .defaults(), applied.creation().approvals(), ChangeState.APPLYING, null))),
                Arguments.of("thirty subnets, a wide open failed, neither outcome reported",
                        failedUnreported(unreported(
                        peering(new PeeringOptions(PortList.parse("tcp:443"), thirtySubnets, true, true,
                                "x".repeat(200)), applied.creation().approvals(), ChangeState.APPLYING, null)), open)),
                Arguments.of("applied with a denied delete", applied.ask(delete)),
                Arguments.of("a temporary peering renewed, then a close asked", renewed(applied).ask(
                        Change.asked(ChangeKind.CLOSE, PortList.parse("icmp"), "U0REQUEST", CREATED.plusSeconds(90000),
                                Set.of(Side.REQUESTER)))),
                Arguments.of("a temporary opening in force, reminded, consented to by an extra approver",
                        temporarilyOpened(applied).remind(temporary().ref(), CREATED.plusSeconds(80000))),
                Arguments.of("thirty subnets, a temporary opening and a wide open failed: twenty ports in force",
                        failedUnreported(temporarilyOpened(unreported(peering(new PeeringOptions(
                                PortList.parse("tcp:443"), thirtySubnets, true, true, "x".repeat(200)),
                                applied.creation().approvals(), ChangeState.APPLYING, null))), Change.asked(
                                ChangeKind.OPEN, PortList.parse(twentyPorts).subList(0, 15), "U0OWNERDB",
                                CREATED.plusSeconds(3600), Set.of(Side.ACCEPTER)).withMessage("1732870100.000200"))),
                Arguments.of("a plan digest kept", applied.ask(new Change(ChangeKind.CLOSE, PortList.parse("icmp"),
                        "U0REQUEST", CREATED.plusSeconds(60), List.of(), ChangeState.AWAITING_APPROVAL, null, null,
                        "sha256:0a1b2c"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("peerings")
    void readsBackWhatItWrote(String description, ManagedPeering peering) {
        Map<String, String> tags = PeeringRecord.encode(peering);

        assertThat(PeeringRecord.decode(connection(tags))).contains(peering);
        assertThat(PeeringRecord.whyUnreadable(connection(tags))).isEmpty();
    }

    /** A save keeps the tags its record no longer has, empty ({@link LeftoverTags}): they read as absent. */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("peerings")
    void readsBackWhatItWroteBesideEveryOtherRecordsTagsKeptEmpty(String description, ManagedPeering peering) {
        Map<String, String> leftovers = new HashMap<>();
        peerings().forEach(other -> leftovers.putAll(PeeringRecord.encode((ManagedPeering) other.get()[1])));
        Map<String, String> tags = LeftoverTags.kept(PeeringRecord.encode(peering), leftovers, Map.of());

        assertThat(PeeringRecord.decode(connection(tags))).contains(peering);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("peerings")
    void staysWithinEc2TagLimits(String description, ManagedPeering peering) {
        Map<String, String> tags = PeeringRecord.encode(peering, "a".repeat(300), "b");

        assertThat(tags).hasSizeLessThanOrEqualTo(50).containsEntry("peerbot:managed", "true");
        assertThat(tags.size() + SEAL_AND_TEST_TAGS).as("with the seal's tags and the last test's")
                .isLessThanOrEqualTo(50);
        tags.forEach((key, value) -> {
            assertThat(key).hasSizeLessThanOrEqualTo(128);
            assertThat(value).as(key).hasSizeLessThanOrEqualTo(256).matches("[A-Za-z0-9 +\\-=._:/@]*");
        });
    }

    @Test
    void writesTheCreationAsEveryOtherChangeWithReadableValues() {
        ManagedPeering peering = peering(new PeeringOptions(PortList.parse("tcp:5432,icmp"), List.of(), true, true,
                "nightly ETL, ticket #42"), List.of(approval(Side.REQUESTER, "U0REQUEST", 0),
                approval(Side.ACCEPTER, "U0OWNERDB", 100)), ChangeState.AWAITING_APPROVAL, null);

        assertThat(PeeringRecord.encode(peering, "app-vpc", "Billing → DB")).containsAllEntriesOf(Map.ofEntries(
                Map.entry("peerbot:managed", "true"),
                Map.entry("Name", "peerbot app-vpc to Billing _ DB"),
                Map.entry("peerbot:state", "awaiting-approval"),
                Map.entry("peerbot:channel", "C0PLATFORM"),
                Map.entry("peerbot:thread", "1732870000.123456"),
                Map.entry("peerbot:ports", "tcp:5432 icmp"),
                Map.entry("peerbot:dns", "true"),
                Map.entry("peerbot:test", "true"),
                Map.entry("peerbot:reason", "nightly ETL=2C ticket =2342"),
                Map.entry("peerbot:create", "create tcp:5432 icmp"),
                Map.entry("peerbot:create-state", "awaiting-approval"),
                Map.entry("peerbot:create-by", "U0REQUEST"),
                Map.entry("peerbot:create-at", "2024-11-29T08:26:40.123Z"),
                Map.entry("peerbot:create-approvals", "requester=U0REQUEST@1732868800 accepter=U0OWNERDB@1732868900"),
                Map.entry("peerbot:create-denied-by", ""),
                Map.entry("peerbot:create-plan", "")));
    }

    @Test
    void aChangeDoneOwesItsOutcomeToTheThreadUntilReported() {
        ManagedPeering applying = peering(PortList.parse("tcp:5432"), ChangeState.APPLYING);
        ManagedPeering done = applying.finish(applying.creation().ref());

        Map<String, String> owed = PeeringRecord.encode(done);
        Map<String, String> told = PeeringRecord.encode(done.reported(done.creation().ref()));

        assertThat(owed).containsEntry("peerbot:unreported", "create");
        assertThat(PeeringRecord.decode(connection(owed)).orElseThrow().unreported()).contains(done.creation());
        assertThat(told).containsEntry("peerbot:unreported", "");
        assertThat(told.keySet()).as("a report never leaves a tag to remove").isEqualTo(owed.keySet());
        assertThat(PeeringRecord.decode(connection(told)).orElseThrow().unreported()).isEmpty();
    }

    @Test
    void aRecordWrittenBeforeReportsWereRecordedOwesNothing() {
        ManagedPeering done = peering(PortList.parse("tcp:5432"), ChangeState.DONE);
        Map<String, String> tags = new HashMap<>(PeeringRecord.encode(done));
        tags.remove("peerbot:unreported");

        assertThat(PeeringRecord.decode(connection(tags)).orElseThrow().unreported()).isEmpty();
    }

    @Test
    void anOutcomeOwedForAChangeStillAwaitingApprovalIsUnreadable() {
        Map<String, String> tags = new HashMap<>(PeeringRecord.encode(peering(PortList.parse("tcp:5432"),
                ChangeState.AWAITING_APPROVAL)));
        tags.put("peerbot:unreported", "create");

        assertThat(PeeringRecord.decode(connection(tags))).isEmpty();
        assertThat(PeeringRecord.whyUnreadable(connection(tags))).hasValueSatisfying(why ->
                assertThat(why).contains("no outcome to report"));
        tags.put("peerbot:unreported", "delete");
        assertThat(PeeringRecord.whyUnreadable(connection(tags))).hasValueSatisfying(why ->
                assertThat(why).contains("peerbot:unreported"));
    }

    @Test
    void theCreationIsNeverRewrittenByALaterChange() {
        ManagedPeering applied = peering(PortList.parse("tcp:5432"), ChangeState.DONE);
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0REQUEST", CREATED.plusSeconds(5),
                Set.of(Side.REQUESTER, Side.ACCEPTER));
        ManagedPeering opened = applied.ask(open).begin(open.ref()).finish(open.ref());

        Map<String, String> tags = PeeringRecord.encode(opened);

        assertThat(tags).containsEntry("peerbot:create", "create tcp:5432").containsEntry("peerbot:ports",
                "tcp:5432 tcp:6379").containsEntry("peerbot:change", "open tcp:6379")
                .containsEntry("peerbot:change-state", "done").containsEntry("peerbot:state", "applied");
    }

    @Test
    void theStageIsWrittenForPeopleButNeverReadBack() {
        ManagedPeering peering = peering(PortList.parse("tcp:5432"), ChangeState.AWAITING_APPROVAL);
        Map<String, String> tags = new HashMap<>(PeeringRecord.encode(peering));
        tags.put("peerbot:state", "applying");

        assertThat(PeeringRecord.decode(connection(tags))).contains(peering);
    }

    static Stream<Arguments> handEdits() {
        return Stream.of(
                Arguments.of("peerbot:create-state", "bogus", "tag peerbot:create-state: unknown change state 'bogus'"),
                Arguments.of("peerbot:create-state", null, "tag peerbot:create-state is missing"),
                Arguments.of("peerbot:create", null, "tag peerbot:create is missing"),
                Arguments.of("peerbot:create", "delete", "a delete does not belong here"),
                Arguments.of("peerbot:ports", "tcp:99999", "tag peerbot:ports: 'tcp:99999': ports run from 1 to 65535"),
                Arguments.of("peerbot:ports", null, "tag peerbot:ports is missing"),
                Arguments.of("peerbot:create-approvals", "accepter=bob", "'accepter=bob' is not side=user@epoch-seconds"),
                Arguments.of("peerbot:create-at", "yesterday", "tag peerbot:create-at: Text 'yesterday' could not be"),
                Arguments.of("peerbot:create-by", "bob", "tag peerbot:create-by: 'bob' is not of the form"),
                Arguments.of("peerbot:dns", "yes", "tag peerbot:dns: 'yes' is neither true nor false"),
                Arguments.of("peerbot:reason", "50=%", "tag peerbot:reason: '=' must be followed by two hex digits"),
                Arguments.of("peerbot:subnets", "subnet-xyz", "tag peerbot:subnets: 'subnet-xyz' is not of the form"),
                Arguments.of("peerbot:channel", "#platform", "tag peerbot:channel: '#platform' is not of the form"),
                Arguments.of("peerbot:change", "create tcp:22", "a create does not belong here"),
                Arguments.of("peerbot:change-state", "maybe", "unknown change state 'maybe'"),
                Arguments.of("peerbot:opening", "close tcp:22 by=U0ALICE at=2026-12-01T10:00:00Z "
                        + "ends=2026-12-02T10:00:00Z", "tag peerbot:opening: 'close' does not belong here"),
                Arguments.of("peerbot:renewal", "open tcp:22 by=U0ALICE at=2026-12-01T10:00:00Z "
                        + "ends=2026-12-02T10:00:00Z", "tag peerbot:renewal: 'open' does not belong here"),
                Arguments.of("peerbot:opening", "open tcp:22 by=U0ALICE at=2026-12-01T10:00:00Z",
                        "'ends=…' is missing"),
                Arguments.of("peerbot:opening", "open tcp:22 by=U0ALICE at=2026-12-01T10:00:00Z "
                        + "ends=2026-12-02T10:00:00Z requester=bob", "'requester=bob' is not side=user@epoch-seconds"));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @MethodSource("handEdits")
    void treatsABrokenHandEditAsUnreadable(String key, String value, String problem) {
        PeeringConnection edited = connection(edit(key, value));

        assertThat(PeeringRecord.decode(edited)).isEmpty();
        assertThat(PeeringRecord.whyUnreadable(edited)).hasValueSatisfying(why -> assertThat(why).contains(problem));
    }

    static Stream<Arguments> harmlessEdits() {
        return Stream.of(
                Arguments.of("Name", "my own name"),
                Arguments.of("peerbot:reason", null),
                Arguments.of("peerbot:channel", null),
                Arguments.of("team", "billing"),
                Arguments.of("peerbot:managed", "TRUE"),
                Arguments.of("peerbot:create-approvals", "requester=U0REQUEST@1732868800,accepter=U0OWNERDB@1732868900"),
                Arguments.of("peerbot:ports", "tcp:5432, icmp"));
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @MethodSource("harmlessEdits")
    void stillReadsAfterAHarmlessEdit(String key, String value) {
        assertThat(PeeringRecord.decode(connection(edit(key, value)))).isPresent();
    }

    @Test
    void ignoresAPeeringItDidNotMake() {
        PeeringConnection foreign = connection(Map.of("Name", "made by hand"));
        PeeringConnection disowned = connection(edit("peerbot:managed", "false"));

        assertThat(PeeringRecord.decode(foreign)).isEmpty();
        assertThat(PeeringRecord.whyUnreadable(foreign)).isEmpty();
        assertThat(PeeringRecord.decode(disowned)).isEmpty();
    }

    @Test
    void splitsManySubnetsOverNumberedTags() {
        List<String> subnets = IntStream.range(0, 30).mapToObj(i -> String.format("subnet-0a1b2c3d4e5f6%04x", i))
                .toList();
        Map<String, String> tags = PeeringRecord.encode(peering(new PeeringOptions(PortList.parse("icmp"), subnets,
                false, true, ""), List.of(), ChangeState.AWAITING_APPROVAL, null));

        assertThat(tags).containsKeys("peerbot:subnets", "peerbot:subnets:2", "peerbot:subnets:3")
                .doesNotContainKey("peerbot:subnets:4");
    }

    @Test
    void cutsALongReasonWithAnEllipsis() {
        String reason = "The orders service, the invoicing job and the nightly reports read the billing DB; "
                .repeat(6).strip();
        Map<String, String> tags = PeeringRecord.encode(peering(new PeeringOptions(PortList.parse("tcp:5432"),
                List.of(), false, true, reason), List.of(), ChangeState.AWAITING_APPROVAL, null));
        String readBack = PeeringRecord.decode(connection(tags)).orElseThrow().options().reason();

        assertThat(tags.get("peerbot:reason")).hasSizeLessThanOrEqualTo(256).endsWith("=E2=80=A6");
        assertThat(readBack).endsWith("…").hasSizeGreaterThan(200);
        assertThat(reason).startsWith(readBack.substring(0, readBack.length() - 1));
    }

    @Test
    void linksTheThreadItRecorded() {
        ManagedPeering peering = peering(PortList.parse("icmp"), ChangeState.AWAITING_APPROVAL);

        assertThat(ThreadLink.of(connection(PeeringRecord.encode(peering))))
                .contains("https://slack.com/archives/C0PLATFORM/p1732870000123456");
        assertThat(ThreadLink.of(connection(Map.of()))).isEmpty();
    }

    private static Map<String, String> edit(String key, String value) {
        ManagedPeering peering = peering(new PeeringOptions(PortList.parse("tcp:5432,icmp"), List.of("subnet-0a1b2c3d"),
                true, true, "why"), List.of(approval(Side.REQUESTER, "U0REQUEST", 0)), ChangeState.AWAITING_APPROVAL,
                null).ask(Change.asked(ChangeKind.OPEN, PortList.parse("tcp:22"), "U0REQUEST", CREATED.plusSeconds(1),
                Set.of()));
        Map<String, String> tags = new HashMap<>(PeeringRecord.encode(peering));
        if (value == null) {
            tags.remove(key);
        } else {
            tags.put(key, value);
        }
        return tags;
    }

    private static ManagedPeering peering(List<io.peerbot.domain.traffic.PortRange> ports, ChangeState state) {
        return peering(new PeeringOptions(ports, List.of(), false, true, ""), List.of(approval(Side.REQUESTER,
                "U0REQUEST", 0), approval(Side.ACCEPTER, "U0OWNERDB", 1)), state, null);
    }

    private static ManagedPeering peering(PeeringOptions options, List<Approval> approvals, ChangeState state,
                                          String deniedBy) {
        Change creation = new Change(ChangeKind.CREATE, options.ports(), "U0REQUEST", CREATED, approvals, state,
                deniedBy, null, "");
        return new ManagedPeering(new PcxId(PCX), REQUESTER, ACCEPTER, THREAD, options, creation, null);
    }

    /** The peering's creation, being applied, done: its outcome owed to the thread. */
    private static ManagedPeering unreported(ManagedPeering applying) {
        return applying.finish(applying.creation().ref());
    }

    /** {@code applied}, made for a day, then renewed for ten more by both sides, reminded of its new end. */
    private static ManagedPeering renewed(ManagedPeering applied) {
        Change made = applied.creation();
        ManagedPeering temporary = new ManagedPeering(applied.id(), applied.requester(), applied.accepter(),
                applied.thread(), applied.options(), new Change(made.kind(), made.ports(), made.requestedBy(),
                made.requestedAt(), made.approvals(), made.state(), null, null, "", CREATED.plusSeconds(86400), null),
                null);
        Change renew = Change.asked(ChangeKind.RENEW, List.of(), "U0REQUEST", CREATED.plusSeconds(80000),
                Set.of(Side.REQUESTER), CREATED.plusSeconds(950000)).withMessage("1732870700.000400")
                .boundTo("sha256:0c");
        return temporary.ask(renew).approve(renew.ref(), approval(Side.ACCEPTER, "U0OWNERDB", 80100))
                .begin(renew.ref()).finish(renew.ref()).reported(renew.ref())
                .remind(renew.ref(), CREATED.plusSeconds(900000));
    }

    /** Ports opened for a day, its card posted, its plan bound. */
    private static Change temporary() {
        return Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379,tcp:6380-6390,udp:53,tcp:9000-9100"),
                "U0OWNERDB", CREATED.plusSeconds(1800), Set.of(Side.ACCEPTER), CREATED.plusSeconds(88200))
                .withMessage("1732870600.000300").boundTo("sha256:0a1b2c");
    }

    /** {@link #temporary()} approved by the requester's side and an extra approver, applied and reported. */
    private static ManagedPeering temporarilyOpened(ManagedPeering applied) {
        Change open = temporary();
        return applied.ask(open).approve(open.ref(), approval(Side.REQUESTER, "U0REQUEST", 1900))
                .approve(open.ref(), Approval.extra("network team (prod, §4)", "U0NETWORK",
                        CREATED.plusSeconds(1950))).begin(open.ref()).finish(open.ref()).reported(open.ref());
    }

    /** {@code change} asked, approved by both sides, begun and failed: its outcome owed to the thread. */
    private static ManagedPeering failedUnreported(ManagedPeering peering, Change change) {
        ManagedPeering asked = peering.ask(change).approve(change.ref(), approval(Side.REQUESTER, "U0REQUEST", 7200));
        return asked.begin(change.ref()).fail(change.ref());
    }

    private static Approval approval(Side side, String user, long secondsAfter) {
        return new Approval(side, user, Instant.ofEpochSecond(1732868800 + secondsAfter));
    }

    private static PeeringConnection connection(Map<String, String> tags) {
        return new PeeringConnection(PCX, REQUESTER, ACCEPTER, PeeringStatus.PENDING_ACCEPTANCE, "", tags);
    }
}
