package io.peerbot.domain.change;

import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;

/** Why a change may not be asked for on a peering, as facts; the chat adapter words each with its fix. */
public sealed interface ChangeRefusal {

    /** Refusals from the peering's state and status alone, checked when asked and again on every click. */
    sealed interface NotApplicable extends ChangeRefusal {
    }

    /** The peering's request still awaits approval: there is nothing to change yet. */
    record NotAppliedYet(PcxId pcxId, ChangeKind kind) implements NotApplicable {
    }

    /** The peering is being applied right now. */
    record BeingApplied(PcxId pcxId) implements NotApplicable {
    }

    /** The request was denied or expired ({@code stage}), so the peering was never made. */
    record NeverMade(PcxId pcxId, Stage stage, ChangeKind kind) implements NotApplicable {
    }

    record BeingDeleted(PcxId pcxId) implements NotApplicable {
    }

    record Deleted(PcxId pcxId, ChangeKind kind) implements NotApplicable {
    }

    /** The last apply failed: it is finished (retry) or taken down (delete) before ports change. */
    record LastApplyFailed(PcxId pcxId, ChangeKind kind) implements NotApplicable {
    }

    /** The peering connection is {@code status} in EC2, not active: no rule can be changed through it. */
    record NotActive(PcxId pcxId, PeeringStatus status) implements NotApplicable {
    }

    /** {@code /peer renew} on a peering that has no end time (nor an opening with one). */
    record NotTemporary(PcxId pcxId) implements ChangeRefusal {
    }

    /**
     * A temporary {@code /peer open} while another is in force ({@code ports} until {@code end}): one at a time, so
     * each keeps its end.
     */
    record TemporaryOpeningInForce(PcxId pcxId, List<PortRange> ports, Instant end) implements ChangeRefusal {
        public TemporaryOpeningInForce {
            ports = List.copyOf(ports);
        }
    }

    /** A creation is never asked for on an existing peering. */
    record CreatedOnce(PcxId pcxId) implements ChangeRefusal {
    }

    /** {@code asked} lies within {@code covering}, open already. */
    record PortAlreadyCovered(PcxId pcxId, PortRange asked, PortRange covering) implements ChangeRefusal {
    }

    /** {@code asked} covers {@code existing}, open already. */
    record PortOverlaps(PcxId pcxId, PortRange asked, PortRange existing) implements ChangeRefusal {
    }

    /** Every port asked ({@code ports}) is open already ({@code open}: all that are). */
    record AllOpenAlready(PcxId pcxId, List<PortRange> ports, List<PortRange> open) implements ChangeRefusal {
        public AllOpenAlready {
            ports = List.copyOf(ports);
            open = List.copyOf(open);
        }
    }

    /** The peering would keep more than {@code max} port items: it {@code has}, the change {@code adds}. */
    record TooManyPortItems(PcxId pcxId, int max, int has, int adds) implements ChangeRefusal {
    }

    /** {@code ports} asked to close are not open ({@code open}: those that are). */
    record NotOpen(PcxId pcxId, List<PortRange> ports, List<PortRange> open) implements ChangeRefusal {
        public NotOpen {
            ports = List.copyOf(ports);
            open = List.copyOf(open);
        }
    }

    /** The close would leave no port ({@code open}: all there are). */
    record ClosesEveryPort(PcxId pcxId, List<PortRange> open) implements ChangeRefusal {
        public ClosesEveryPort {
            open = List.copyOf(open);
        }
    }

    /** Another change is {@code pending}: one change at a time. */
    record Busy(PcxId pcxId, Change pending) implements ChangeRefusal {
    }
}
