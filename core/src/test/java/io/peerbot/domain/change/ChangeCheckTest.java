package io.peerbot.domain.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which changes may be asked for, and each refusal's words. The peering has tcp:5432 and icmp open. */
class ChangeCheckTest {
    private static final String PCX = Peerings.PCX.value();

    @ParameterizedTest(name = "[{index}] {2} {3} on a request {0}, peering {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            APPLIED           | ACTIVE             | DELETE | ''              | allowed
            FAILED            | ACTIVE             | DELETE | ''              | allowed
            APPLIED           | DELETED            | DELETE | ''              | allowed
            APPLIED           | ACTIVE             | OPEN   | tcp:6379        | allowed tcp:6379
            APPLIED           | ACTIVE             | OPEN   | tcp:6379,icmp   | allowed tcp:6379 (`icmp` is open already and left out.)
            APPLIED           | ACTIVE             | CLOSE  | tcp:5432        | allowed tcp:5432
            AWAITING_APPROVAL | PENDING_ACCEPTANCE | DELETE | ''              | `pcx-0a1b2c3d` is still awaiting approval, not applied: there is nothing to delete yet. To drop the request, deny it in its thread
            AWAITING_APPROVAL | PENDING_ACCEPTANCE | OPEN   | tcp:6379        | is still awaiting approval, not applied: there is nothing to open yet.
            APPLYING          | PENDING_ACCEPTANCE | DELETE | ''              | is being applied right now; wait for it to finish
            APPLYING          | ACTIVE             | CLOSE  | tcp:5432        | is being applied right now
            DENIED            | REJECTED           | DELETE | ''              | was denied, so the peering was never made: there is nothing to delete.
            EXPIRED           | EXPIRED            | OPEN   | tcp:6379        | was expired, so the peering was never made
            DELETED           | DELETED            | CLOSE  | tcp:5432        | was deleted already: there is nothing to close.
            FAILED            | ACTIVE             | OPEN   | tcp:6379        | The last apply of `pcx-0a1b2c3d` failed: finish it with `/peer retry pcx-0a1b2c3d`
            APPLIED           | DELETED            | OPEN   | tcp:6379        | is deleted in EC2, not active: its security group rules cannot be changed through it. `/peer delete pcx-0a1b2c3d` takes down what is left.
            APPLIED           | ACTIVE             | CLOSE  | tcp:80,udp:53   | `tcp:80`, `udp:53` are not open on `pcx-0a1b2c3d` (open: `tcp:5432`, `icmp`).
            APPLIED           | ACTIVE             | CLOSE  | tcp:5432,icmp   | That closes every port of `pcx-0a1b2c3d` (`tcp:5432`, `icmp`). To take the peering down, use `/peer delete pcx-0a1b2c3d`
            APPLIED           | ACTIVE             | OPEN   | icmp,tcp:5432   | `icmp`, `tcp:5432` are open on `pcx-0a1b2c3d` already (open: `tcp:5432`, `icmp`).
            APPLIED           | ACTIVE             | OPEN   | tcp:5000-6000   | `tcp:5000-6000` overlaps `tcp:5432`, which is open on `pcx-0a1b2c3d` already.
            """)
    void judgesAChange(Stage state, PeeringStatus status, ChangeKind kind, String ports, String expected) {
        List<PortRange> typed = ports.isEmpty() ? List.of() : PortList.parse(ports);

        ChangeCheck.Verdict verdict = ChangeCheck.check(request(state, "tcp:5432,icmp"), status, kind, typed);

        if (expected.startsWith("allowed")) {
            assertThat(verdict).isInstanceOf(ChangeCheck.Allowed.class);
            ChangeCheck.Allowed allowed = (ChangeCheck.Allowed) verdict;
            String rest = expected.substring("allowed".length()).strip();
            String portsPart = rest.contains(" (") ? rest.substring(0, rest.indexOf(" (")) : rest;
            assertThat(PortList.format(allowed.ports())).isEqualTo(portsPart);
            if (rest.contains(" (")) {
                assertThat(allowed.notes()).containsExactly(rest.substring(rest.indexOf(" (") + 2, rest.length() - 1));
            }
        } else {
            assertThat(verdict).isInstanceOf(ChangeCheck.Refused.class);
            assertThat(((ChangeCheck.Refused) verdict).reason()).contains(expected).endsWith("Nothing changed.");
        }
    }

    @Test
    void aSecondChangeWaitsForThePendingOneAndNamesIt() {
        ManagedPeering request = request(Stage.APPLIED, "icmp").ask(Change.asked(
                ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0ALICE", Instant.EPOCH, Set.of(Side.REQUESTER)));

        ChangeCheck.Verdict verdict = ChangeCheck.check(request, PeeringStatus.ACTIVE, ChangeKind.DELETE, List.of());

        assertThat(verdict).isInstanceOfSatisfying(ChangeCheck.Busy.class, busy -> {
            assertThat(busy.pending()).isEqualTo(request.later());
            assertThat(busy.reason()).isEqualTo("`" + PCX + "` already has a change pending: `/peer open tcp:6379`,"
                    + " asked by <@U0ALICE>, awaiting approval. One change at a time: approve or deny that one in the"
                    + " request's thread first. Nothing changed.");
        });
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

        assertThat(verdict).isInstanceOfSatisfying(ChangeCheck.Refused.class, r -> assertThat(r.reason())
                .contains("at most 20 port items; `" + PCX + "` has 20 and this adds 1"));
    }

    private static ManagedPeering request(Stage stage, String ports) {
        return Peerings.at(stage, ports);
    }
}
