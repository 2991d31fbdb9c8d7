package io.peerbot.domain.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.change.ChangeRefusal.AllOpenAlready;
import io.peerbot.domain.change.ChangeRefusal.BeingApplied;
import io.peerbot.domain.change.ChangeRefusal.ClosesEveryPort;
import io.peerbot.domain.change.ChangeRefusal.Deleted;
import io.peerbot.domain.change.ChangeRefusal.LastApplyFailed;
import io.peerbot.domain.change.ChangeRefusal.NeverMade;
import io.peerbot.domain.change.ChangeRefusal.NotActive;
import io.peerbot.domain.change.ChangeRefusal.NotAppliedYet;
import io.peerbot.domain.change.ChangeRefusal.NotOpen;
import io.peerbot.domain.change.ChangeRefusal.PortAlreadyCovered;
import io.peerbot.domain.change.ChangeRefusal.PortOverlaps;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.Peerings;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which changes may be asked for, and what each refusal names. The peering has tcp:5432 and icmp open. */
class ChangeCheckTest {
    private static final PcxId PCX = Peerings.PCX;
    private static final List<PortRange> OPEN = ports("tcp:5432,icmp");

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of(Stage.APPLIED, PeeringStatus.ACTIVE, ChangeKind.DELETE, "",
                        allowed("", "")),
                Arguments.of(Stage.FAILED, PeeringStatus.ACTIVE, ChangeKind.DELETE, "", allowed("", "")),
                Arguments.of(Stage.APPLIED, PeeringStatus.DELETED, ChangeKind.DELETE, "", allowed("", "")),
                Arguments.of(Stage.APPLIED, PeeringStatus.ACTIVE, ChangeKind.OPEN, "tcp:6379",
                        allowed("tcp:6379", "")),
                Arguments.of(Stage.APPLIED, PeeringStatus.ACTIVE, ChangeKind.OPEN, "tcp:6379,icmp",
                        allowed("tcp:6379", "icmp")),
                Arguments.of(Stage.APPLIED, PeeringStatus.ACTIVE, ChangeKind.CLOSE, "tcp:5432",
                        allowed("tcp:5432", "")),
                Arguments.of(Stage.AWAITING_APPROVAL, PeeringStatus.PENDING_ACCEPTANCE, ChangeKind.DELETE, "",
                        refused(new NotAppliedYet(PCX, ChangeKind.DELETE))),
                Arguments.of(Stage.AWAITING_APPROVAL, PeeringStatus.PENDING_ACCEPTANCE, ChangeKind.OPEN, "tcp:6379",
                        refused(new NotAppliedYet(PCX, ChangeKind.OPEN))),
                Arguments.of(Stage.APPLYING, PeeringStatus.PENDING_ACCEPTANCE, ChangeKind.DELETE, "",
                        refused(new BeingApplied(PCX))),
                Arguments.of(Stage.APPLYING, PeeringStatus.ACTIVE, ChangeKind.CLOSE, "tcp:5432",
                        refused(new BeingApplied(PCX))),
                Arguments.of(Stage.DENIED, PeeringStatus.REJECTED, ChangeKind.DELETE, "",
                        refused(new NeverMade(PCX, Stage.DENIED, ChangeKind.DELETE))),
                Arguments.of(Stage.EXPIRED, PeeringStatus.EXPIRED, ChangeKind.OPEN, "tcp:6379",
                        refused(new NeverMade(PCX, Stage.EXPIRED, ChangeKind.OPEN))),
                Arguments.of(Stage.DELETED, PeeringStatus.DELETED, ChangeKind.CLOSE, "tcp:5432",
                        refused(new Deleted(PCX, ChangeKind.CLOSE))),
                Arguments.of(Stage.FAILED, PeeringStatus.ACTIVE, ChangeKind.OPEN, "tcp:6379",
                        refused(new LastApplyFailed(PCX, ChangeKind.OPEN))),
                Arguments.of(Stage.APPLIED, PeeringStatus.DELETED, ChangeKind.OPEN, "tcp:6379",
                        refused(new NotActive(PCX, PeeringStatus.DELETED))),
                Arguments.of(Stage.APPLIED, PeeringStatus.ACTIVE, ChangeKind.CLOSE, "tcp:80,udp:53",
                        refused(new NotOpen(PCX, ports("tcp:80,udp:53"), OPEN))),
                Arguments.of(Stage.APPLIED, PeeringStatus.ACTIVE, ChangeKind.CLOSE, "tcp:5432,icmp",
                        refused(new ClosesEveryPort(PCX, OPEN))),
                Arguments.of(Stage.APPLIED, PeeringStatus.ACTIVE, ChangeKind.OPEN, "icmp,tcp:5432",
                        refused(new AllOpenAlready(PCX, ports("icmp,tcp:5432"), OPEN))),
                Arguments.of(Stage.APPLIED, PeeringStatus.ACTIVE, ChangeKind.OPEN, "tcp:5000-6000",
                        refused(new PortOverlaps(PCX, port("tcp:5000-6000"), PortRange.tcp(5432)))));
    }

    @ParameterizedTest(name = "[{index}] {2} {3} on a request {0}, peering {1}: {4}")
    @MethodSource("changes")
    void judgesAChange(Stage state, PeeringStatus status, ChangeKind kind, String typed, ChangeCheck.Verdict expected) {
        assertThat(ChangeCheck.check(request(state, "tcp:5432,icmp"), status, kind, ports(typed)))
                .isEqualTo(expected);
    }

    @Test
    void aPortWithinAnOpenRangeIsOpenAlready() {
        assertThat(ChangeCheck.check(request(Stage.APPLIED, "tcp:5000-6000"), PeeringStatus.ACTIVE, ChangeKind.OPEN,
                ports("tcp:5432"))).isEqualTo(refused(new PortAlreadyCovered(PCX, PortRange.tcp(5432),
                port("tcp:5000-6000"))));
    }

    @Test
    void aCreationIsNeverAskedForOnAPeering() {
        assertThat(ChangeCheck.check(request(Stage.APPLIED, "icmp"), PeeringStatus.ACTIVE, ChangeKind.CREATE,
                ports("tcp:22"))).isEqualTo(refused(new ChangeRefusal.CreatedOnce(PCX)));
    }

    @Test
    void aClickFindsTheSameStageRefusalsButNotTheBusyOne() {
        ManagedPeering applying = request(Stage.APPLYING, "icmp");

        assertThat(ChangeCheck.notApplicable(applying, PeeringStatus.ACTIVE, ChangeKind.OPEN))
                .contains(new BeingApplied(PCX));
        assertThat(ChangeCheck.notApplicable(request(Stage.FAILED, "icmp"), PeeringStatus.ACTIVE, ChangeKind.DELETE))
                .isEmpty();
    }

    @Test
    void aSecondChangeWaitsForThePendingOneAndNamesIt() {
        ManagedPeering request = request(Stage.APPLIED, "icmp").ask(Change.asked(
                ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0ALICE", Instant.EPOCH, Set.of(Side.REQUESTER)));

        ChangeCheck.Verdict verdict = ChangeCheck.check(request, PeeringStatus.ACTIVE, ChangeKind.DELETE, List.of());

        assertThat(verdict).isEqualTo(refused(new ChangeRefusal.Busy(PCX, request.later())));
    }

    @Test
    void aDecidedChangeDoesNotBlockTheNext() {
        Change denied = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0ALICE",
                Instant.EPOCH, Set.of(Side.REQUESTER)).deny("U0BOB");
        assertThat(denied.state()).isEqualTo(ChangeState.DENIED);

        assertThat(ChangeCheck.check(request(Stage.APPLIED, "icmp").ask(denied), PeeringStatus.ACTIVE,
                ChangeKind.DELETE, List.of())).isInstanceOf(ChangeCheck.Allowed.class);
    }

    @Test
    void aPeeringKeepsAtMostTwentyPortItems() {
        String twenty = String.join(",", IntStream.range(0, 20).mapToObj(i -> "tcp:" + (1000 + i)).toList());

        ChangeCheck.Verdict verdict = ChangeCheck.check(request(Stage.APPLIED, twenty), PeeringStatus.ACTIVE,
                ChangeKind.OPEN, PortList.parse("udp:53"));

        assertThat(verdict).isEqualTo(refused(new ChangeRefusal.TooManyPortItems(PCX, 20, 20, 1)));
    }

    @Test
    void oneTemporaryOpeningAtATimeSoEachKeepsItsEnd() {
        Instant end = Instant.parse("2026-05-02T12:00:00Z");
        Change temporary = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0ALICE",
                Instant.parse("2026-05-01T13:00:00Z"), Set.of(), end);
        ManagedPeering opened = Peerings.approvedByBoth(request(Stage.APPLIED, "icmp").ask(temporary),
                temporary.ref()).begin(temporary.ref()).finish(temporary.ref());

        assertThat(ChangeCheck.check(opened, PeeringStatus.ACTIVE, ChangeKind.OPEN, ports("tcp:443"), true))
                .isEqualTo(refused(new ChangeRefusal.TemporaryOpeningInForce(PCX, ports("tcp:6379"), end)));
        assertThat(ChangeCheck.check(opened, PeeringStatus.ACTIVE, ChangeKind.OPEN, ports("tcp:443"), false))
                .isEqualTo(allowed("tcp:443", ""));
        assertThat(ChangeCheck.check(request(Stage.APPLIED, "icmp"), PeeringStatus.ACTIVE, ChangeKind.OPEN,
                ports("tcp:443"), true)).isEqualTo(allowed("tcp:443", ""));
    }

    @Test
    void aRenewalNamingTheOpeningsPortsRenewsItEvenWhenThePeeringIsTemporaryToo() {
        ManagedPeering applied = request(Stage.APPLIED, "icmp");
        Change made = applied.creation();
        ManagedPeering temporary = new ManagedPeering(applied.id(), applied.requester(), applied.accepter(),
                applied.thread(), applied.options(), new Change(made.kind(), made.ports(), made.requestedBy(),
                made.requestedAt(), made.approvals(), made.state(), null, null, "",
                Instant.parse("2026-06-01T12:00:00Z"), null), null);
        Change opening = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0ALICE",
                Instant.parse("2026-05-01T13:00:00Z"), Set.of(), Instant.parse("2026-05-02T12:00:00Z"));
        ManagedPeering both = Peerings.approvedByBoth(temporary.ask(opening), opening.ref()).begin(opening.ref())
                .finish(opening.ref());

        assertThat(ChangeCheck.check(both, PeeringStatus.ACTIVE, ChangeKind.RENEW, ports("tcp:6379")))
                .isEqualTo(allowed("tcp:6379", ""));
        assertThat(ChangeCheck.check(both, PeeringStatus.ACTIVE, ChangeKind.RENEW, List.of()))
                .as("naming none: the peering").isEqualTo(allowed("", ""));
        assertThat(ChangeCheck.check(both, PeeringStatus.ACTIVE, ChangeKind.RENEW, ports("tcp:80")))
                .isEqualTo(refused(new ChangeRefusal.NotTemporary(PCX)));
    }

    private static ChangeCheck.Verdict allowed(String ports, String leftOut) {
        return new ChangeCheck.Allowed(ports(ports), ports(leftOut));
    }

    private static ChangeCheck.Verdict refused(ChangeRefusal why) {
        return new ChangeCheck.Refused(why);
    }

    private static PortRange port(String typed) {
        return PortList.parse(typed).get(0);
    }

    private static List<PortRange> ports(String typed) {
        return typed.isEmpty() ? List.of() : PortList.parse(typed);
    }

    private static ManagedPeering request(Stage stage, String ports) {
        return Peerings.at(stage, ports);
    }
}
