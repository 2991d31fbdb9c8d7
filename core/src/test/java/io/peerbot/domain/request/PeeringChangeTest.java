package io.peerbot.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.domain.Vpcs;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A change's life on a request: asked, consented to, begun, done or failed, and what each does to the request. */
class PeeringChangeTest {
    private static final Instant ASKED = Instant.parse("2024-11-29T08:26:40.123456Z");

    @Test
    void whoeverAsksConsentsForTheSidesTheyOwnAndTheRestAwait() {
        PeeringChange change = PeeringChange.asked(ChangeKind.DELETE, List.of(), "U0APPOWN", ASKED,
                EnumSet.of(Side.REQUESTER));

        assertThat(change.state()).isEqualTo(ChangeState.AWAITING_APPROVAL);
        assertThat(change.approved(Side.REQUESTER)).isTrue();
        assertThat(change.awaiting()).containsExactly(Side.ACCEPTER);
        assertThat(change.requestedAt()).isEqualTo(Instant.parse("2024-11-29T08:26:40.123Z"));
        assertThat(change.id()).isEqualTo(ASKED.toEpochMilli());
        assertThat(change.describe()).isEqualTo("delete");
    }

    @Test
    void opensAndClosesNeedPortsAndDeleteTakesNone() {
        assertThatThrownBy(() -> PeeringChange.asked(ChangeKind.OPEN, List.of(), "U0A", ASKED, Set.of()))
                .hasMessageContaining("needs ports");
        assertThatThrownBy(() -> PeeringChange.asked(ChangeKind.DELETE, PortList.parse("icmp"), "U0A", ASKED,
                Set.of())).hasMessageContaining("takes no ports");
        assertThat(PeeringChange.asked(ChangeKind.CLOSE, PortList.parse("tcp:5432,icmp"), "U0A", ASKED, Set.of())
                .describe()).isEqualTo("close tcp:5432,icmp");
    }

    @ParameterizedTest(name = "{0} {1} on {2}: begun {3} with ports {4}, done {5} with ports {6}")
    @CsvSource(delimiter = '|', textBlock = """
            OPEN   | tcp:6379 | APPLIED | APPLYING | tcp:5432,icmp,tcp:6379 | APPLIED | tcp:5432,icmp,tcp:6379
            CLOSE  | tcp:5432 | APPLIED | APPLYING | tcp:5432,icmp          | APPLIED | icmp
            DELETE | ''       | APPLIED | DELETING | tcp:5432,icmp          | DELETED | tcp:5432,icmp
            DELETE | ''       | FAILED  | DELETING | tcp:5432,icmp          | DELETED | tcp:5432,icmp
            """)
    void anApprovedChangeMovesTheRequest(ChangeKind kind, String ports, RequestState from, RequestState begun,
                                         String portsWhileApplying, RequestState done, String portsAfter) {
        PeeringRequest request = applied(from).withChange(approved(kind, ports));

        PeeringRequest started = request.beginChange();
        assertThat(started.state()).isEqualTo(begun);
        assertThat(started.change().state()).isEqualTo(ChangeState.APPLYING);
        assertThat(started.changeInProgress()).isTrue();
        assertThat(started.pendingChange()).isPresent();
        assertThat(PortList.format(started.options().ports())).isEqualTo(portsWhileApplying);

        PeeringRequest finished = started.finishChange();
        assertThat(finished.state()).isEqualTo(done);
        assertThat(finished.change().state()).isEqualTo(ChangeState.DONE);
        assertThat(finished.pendingChange()).isEmpty();
        assertThat(PortList.format(finished.options().ports())).isEqualTo(portsAfter);
    }

    @Test
    void aFailedChangeFailsTheRequestAndBeginsAgainOnRetry() {
        PeeringRequest started = applied(RequestState.APPLIED).withChange(approved(ChangeKind.OPEN, "tcp:6379"))
                .beginChange();

        PeeringRequest failed = started.failChange();
        assertThat(failed.state()).isEqualTo(RequestState.FAILED);
        assertThat(failed.change().state()).isEqualTo(ChangeState.FAILED);
        assertThat(failed.pendingChange()).isEmpty();

        PeeringRequest again = failed.beginChange();
        assertThat(again.state()).isEqualTo(RequestState.APPLYING);
        assertThat(PortList.format(again.options().ports())).as("opened once").isEqualTo("tcp:5432,icmp,tcp:6379");
    }

    @Test
    void aChangeDoesNotBeginBeforeEverySideConsents() {
        PeeringRequest request = applied(RequestState.APPLIED).withChange(PeeringChange.asked(ChangeKind.DELETE,
                List.of(), "U0APPOWN", ASKED, EnumSet.of(Side.REQUESTER)));

        assertThatThrownBy(request::beginChange).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("still awaits the [accepter] side");
    }

    @Test
    void aDeniedChangeLeavesTheRequestAsItWas() {
        PeeringRequest request = applied(RequestState.APPLIED).withChange(PeeringChange.asked(ChangeKind.DELETE,
                List.of(), "U0APPOWN", ASKED, EnumSet.of(Side.REQUESTER)));

        PeeringRequest denied = request.withChange(request.change().deniedBy("U0DBOWN"));

        assertThat(denied.state()).isEqualTo(RequestState.APPLIED);
        assertThat(denied.change().state()).isEqualTo(ChangeState.DENIED);
        assertThat(denied.change().deniedBy()).isEqualTo("U0DBOWN");
        assertThat(denied.pendingChange()).isEmpty();
        assertThatThrownBy(() -> denied.change().withState(ChangeState.APPLYING))
                .isInstanceOf(IllegalStateException.class);
    }

    static PeeringChange approved(ChangeKind kind, String ports) {
        return PeeringChange.asked(kind, ports.isEmpty() ? List.of() : PortList.parse(ports), "U0APPOWN", ASKED,
                EnumSet.of(Side.REQUESTER)).withApproval(new Approval(Side.ACCEPTER, "U0DBOWN", ASKED));
    }

    static PeeringRequest applied(RequestState state) {
        PeeringSide app = new PeeringSide("vpc-0aaa0001", Vpcs.HERE, List.of(Cidr.parse("10.0.0.0/16")));
        PeeringSide db = new PeeringSide("vpc-0bbb0002", Vpcs.HERE, List.of(Cidr.parse("10.1.0.0/16")));
        return new PeeringRequest("pcx-0a1b2c3d", app, db, "U0APPOWN", "C0PLATFORM", "1732870000.123456",
                new PeeringOptions(PortList.parse("tcp:5432,icmp"), List.of(), false, true, ""), List.of(), null,
                state, ASKED);
    }
}
