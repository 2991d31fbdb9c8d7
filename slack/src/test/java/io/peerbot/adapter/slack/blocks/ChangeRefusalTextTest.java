package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.change.ChangeRefusal;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each refusal of a change asked for says what is wrong and what to do instead. tcp:5432 and icmp are open. */
class ChangeRefusalTextTest {
    private static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    private static final List<PortRange> OPEN = PortList.parse("tcp:5432,icmp");

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of(new ChangeRefusal.NotAppliedYet(PCX, ChangeKind.DELETE), "`pcx-0a1b2c3d` is still awaiting"
                        + " approval, not applied: there is nothing to delete yet. To drop the request, deny it in its"
                        + " thread (the requester and the owners may deny)."),
                Arguments.of(new ChangeRefusal.NotAppliedYet(PCX, ChangeKind.OPEN), "`pcx-0a1b2c3d` is still awaiting"
                        + " approval, not applied: there is nothing to open yet. Wait for the request to be approved"
                        + " and applied, or ask again with the ports you need."),
                Arguments.of(new ChangeRefusal.BeingApplied(PCX),
                        "`pcx-0a1b2c3d` is being applied right now; wait for it to finish, then try again."),
                Arguments.of(new ChangeRefusal.NeverMade(PCX, Stage.DENIED, ChangeKind.DELETE),
                        "`pcx-0a1b2c3d` was denied, so the peering was never made: there is nothing to delete."),
                Arguments.of(new ChangeRefusal.NeverMade(PCX, Stage.EXPIRED, ChangeKind.OPEN),
                        "`pcx-0a1b2c3d` was expired, so the peering was never made: there is nothing to open."),
                Arguments.of(new ChangeRefusal.BeingDeleted(PCX), "`pcx-0a1b2c3d` is being deleted already."),
                Arguments.of(new ChangeRefusal.Deleted(PCX, ChangeKind.CLOSE),
                        "`pcx-0a1b2c3d` was deleted already: there is nothing to close."),
                Arguments.of(new ChangeRefusal.LastApplyFailed(PCX, ChangeKind.OPEN), "The last apply of `pcx-0a1b2c3d`"
                        + " failed: finish it with `/peer retry pcx-0a1b2c3d` (or take it down with"
                        + " `/peer delete pcx-0a1b2c3d`) before you open ports."),
                Arguments.of(new ChangeRefusal.NotActive(PCX, PeeringStatus.DELETED), "`pcx-0a1b2c3d` is deleted in"
                        + " EC2, not active: its security group rules cannot be changed through it."
                        + " `/peer delete pcx-0a1b2c3d` takes down what is left."),
                Arguments.of(new ChangeRefusal.TemporaryOpeningInForce(PCX, PortList.parse("tcp:6379,udp:53"),
                        Instant.parse("2026-12-03T10:00:00Z")), "`pcx-0a1b2c3d` already has a temporary opening,"
                        + " `tcp:6379`, `udp:53` until <!date^1796292000^{date_short_pretty} at {time}|2026-12-03 10:00"
                        + " UTC>, and has one at a time. Renew it (`/peer renew pcx-0a1b2c3d --for 72h`), close it"
                        + " (`/peer close pcx-0a1b2c3d tcp:6379,udp:53`), or open these ports without `--for`."),
                Arguments.of(new ChangeRefusal.CreatedOnce(PCX),
                        "A peering is created once; ask for a new one with `/peer &lt;vpc&gt; &lt;vpc&gt;`."),
                Arguments.of(new ChangeRefusal.NotOpen(PCX, PortList.parse("tcp:80,udp:53"), OPEN), "`tcp:80`,"
                        + " `udp:53` are not open on `pcx-0a1b2c3d` (open: `tcp:5432`, `icmp`). Close ports exactly"
                        + " as they were opened."),
                Arguments.of(new ChangeRefusal.ClosesEveryPort(PCX, OPEN), "That closes every port of `pcx-0a1b2c3d`"
                        + " (`tcp:5432`, `icmp`). To take the peering down, use `/peer delete pcx-0a1b2c3d`; to keep"
                        + " it, leave at least one port open (`icmp` lets the connectivity test ping)."),
                Arguments.of(new ChangeRefusal.AllOpenAlready(PCX, PortList.parse("icmp,tcp:5432"), OPEN),
                        "`icmp`, `tcp:5432` are open on `pcx-0a1b2c3d` already (open: `tcp:5432`, `icmp`)."),
                Arguments.of(new ChangeRefusal.AllOpenAlready(PCX, PortList.parse("icmp"), OPEN),
                        "`icmp` is open on `pcx-0a1b2c3d` already (open: `tcp:5432`, `icmp`)."),
                Arguments.of(new ChangeRefusal.PortOverlaps(PCX, PortList.parse("tcp:5000-6000").get(0),
                        PortRange.tcp(5432)), "`tcp:5000-6000` overlaps `tcp:5432`, which is open on"
                        + " `pcx-0a1b2c3d` already. Open only what is not covered, or close `tcp:5432` first."),
                Arguments.of(new ChangeRefusal.PortAlreadyCovered(PCX, PortRange.tcp(5432),
                        PortList.parse("tcp:5000-6000").get(0)),
                        "`tcp:5432` is already open on `pcx-0a1b2c3d`: `tcp:5000-6000` covers it."),
                Arguments.of(new ChangeRefusal.TooManyPortItems(PCX, 20, 20, 1), "A peering keeps at most 20 port"
                        + " items; `pcx-0a1b2c3d` has 20 and this adds 1. Use a range such as `tcp:8000-8100`, or"
                        + " close some first."));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("refusals")
    void saysWhatIsWrongAndThatNothingChanged(ChangeRefusal refusal, String words) {
        assertThat(ChangeRefusalText.of(refusal)).isEqualTo(words);
        assertThat(ChangeRefusalText.answer(refusal)).isEqualTo(words + " Nothing changed.");
    }

    @Test
    void aSecondChangeNamesThePendingOneAndWhoAskedForIt() {
        Change pending = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0ALICE", Instant.EPOCH,
                Set.of(Side.REQUESTER));

        assertThat(ChangeRefusalText.answer(new ChangeRefusal.Busy(PCX, pending))).isEqualTo("`pcx-0a1b2c3d` already"
                + " has a change pending: `/peer open tcp:6379`, asked by <@U0ALICE>, awaiting approval. One change"
                + " at a time: approve or deny that one in the request's thread first. Nothing changed.");
    }

    @Test
    void portsLeftOutAreNamed() {
        assertThat(ChangeRefusalText.leftOut(PortList.parse("icmp"))).containsExactly(
                "`icmp` is open already and left out.");
        assertThat(ChangeRefusalText.leftOut(PortList.parse("icmp,udp:53"))).containsExactly(
                "`icmp`, `udp:53` are open already and left out.");
        assertThat(ChangeRefusalText.leftOut(List.of())).isEmpty();
    }
}
