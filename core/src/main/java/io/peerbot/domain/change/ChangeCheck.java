package io.peerbot.domain.change;

import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.change.ChangeRefusal.NotApplicable;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a change may be asked for on a peering (pure): only on an applied peering of peerbot's (a delete
 * also on one whose apply failed), one change at a time, closing only ports that are open, opening only
 * ports that are not. Each refusal names what is wrong ({@link ChangeRefusal}).
 */
public final class ChangeCheck {

    /** The outcome of a check. */
    public sealed interface Verdict {
    }

    /**
     * The change may be asked for, with these ports; an open leaves out those open already
     * ({@code leftOut}, for the asker to know).
     */
    public record Allowed(List<PortRange> ports, List<PortRange> leftOut) implements Verdict {
        public Allowed {
            ports = List.copyOf(ports);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** Nothing may change, for this {@code reason}. */
    public record Refused(ChangeRefusal reason) implements Verdict {
    }

    private ChangeCheck() {
    }

    /** As {@link #check(ManagedPeering, PeeringStatus, ChangeKind, List, boolean)}, for a permanent change. */
    public static Verdict check(ManagedPeering request, PeeringStatus status, ChangeKind kind, List<PortRange> ports) {
        return check(request, status, kind, ports, false);
    }

    /**
     * @param status    the peering connection's status in EC2 now
     * @param ports     the ports typed (empty for delete)
     * @param temporary asked with an end ({@code --for})
     */
    public static Verdict check(ManagedPeering request, PeeringStatus status, ChangeKind kind, List<PortRange> ports,
                                boolean temporary) {
        if (request.pendingChange().isPresent()) {
            return new Refused(new ChangeRefusal.Busy(request.id(), request.pendingChange().get()));
        }
        Optional<NotApplicable> notApplicable = notApplicable(request, status, kind);
        if (notApplicable.isPresent()) {
            return new Refused(notApplicable.get());
        }
        return switch (kind) {
            case DELETE, REPAIR, EXTEND -> new Allowed(List.of(), List.of());
            case CREATE -> new Refused(new ChangeRefusal.CreatedOnce(request.id()));
            case OPEN -> temporary && request.opening().isPresent() ? new Refused(
                    new ChangeRefusal.TemporaryOpeningInForce(request.id(), request.opening().get().ports(),
                            request.opening().get().endsAt())) : opening(request, ports);
            case CLOSE -> closing(request, ports);
            case RENEW -> renewing(request, ports);
        };
    }

    /**
     * Why this kind of change cannot apply to the request as it stands (its state, and the peering's
     * status in EC2), regardless of other changes; empty when it can. Checked when asked and on every click.
     */
    public static Optional<NotApplicable> notApplicable(ManagedPeering request, PeeringStatus status,
                                                        ChangeKind kind) {
        PcxId pcx = request.id();
        return switch (request.stage()) {
            case AWAITING_APPROVAL -> Optional.of(new ChangeRefusal.NotAppliedYet(pcx, kind));
            case APPLYING -> Optional.of(new ChangeRefusal.BeingApplied(pcx));
            case DENIED, EXPIRED -> Optional.of(new ChangeRefusal.NeverMade(pcx, request.stage(), kind));
            case DELETING -> Optional.of(new ChangeRefusal.BeingDeleted(pcx));
            case DELETED -> Optional.of(new ChangeRefusal.Deleted(pcx, kind));
            case FAILED -> kind == ChangeKind.DELETE ? Optional.empty()
                    : Optional.of(new ChangeRefusal.LastApplyFailed(pcx, kind));
            case APPLIED -> kind != ChangeKind.DELETE && status != PeeringStatus.ACTIVE
                    ? Optional.of(new ChangeRefusal.NotActive(pcx, status)) : Optional.empty();
        };
    }

    private static Verdict opening(ManagedPeering request, List<PortRange> ports) {
        List<PortRange> open = request.options().ports();
        List<PortRange> fresh = new ArrayList<>();
        List<PortRange> already = new ArrayList<>();
        for (PortRange asked : ports) {
            if (open.contains(asked)) {
                already.add(asked);
                continue;
            }
            for (PortRange existing : open) {
                if (asked.within(existing)) {
                    return new Refused(new ChangeRefusal.PortAlreadyCovered(request.id(), asked, existing));
                }
                if (existing.within(asked)) {
                    return new Refused(new ChangeRefusal.PortOverlaps(request.id(), asked, existing));
                }
            }
            fresh.add(asked);
        }
        if (fresh.isEmpty()) {
            return new Refused(new ChangeRefusal.AllOpenAlready(request.id(), already, open));
        }
        if (open.size() + fresh.size() > PortList.MAX_ITEMS) {
            return new Refused(new ChangeRefusal.TooManyPortItems(request.id(), PortList.MAX_ITEMS, open.size(),
                    fresh.size()));
        }
        return new Allowed(fresh, already);
    }

    /**
     * A renewal renews the term whose ports it names (a reminder's Renew names its term's); naming none, the whole
     * peering's when it has one, else the temporary opening's.
     */
    private static Verdict renewing(ManagedPeering request, List<PortRange> ports) {
        List<Term> terms = Term.of(request);
        Optional<Term> renewed = ports.isEmpty()
                ? terms.stream().filter(Term::wholePeering).findFirst().or(() -> terms.stream().findFirst())
                : terms.stream().filter(t -> !t.wholePeering() && t.ports().equals(ports)).findFirst();
        return renewed.<Verdict>map(t -> new Allowed(t.ports(), List.of()))
                .orElseGet(() -> new Refused(new ChangeRefusal.NotTemporary(request.id())));
    }

    private static Verdict closing(ManagedPeering request, List<PortRange> ports) {
        List<PortRange> open = request.options().ports();
        List<PortRange> notOpen = ports.stream().filter(p -> !open.contains(p)).toList();
        if (!notOpen.isEmpty()) {
            return new Refused(new ChangeRefusal.NotOpen(request.id(), notOpen, open));
        }
        if (ports.size() == open.size()) {
            return new Refused(new ChangeRefusal.ClosesEveryPort(request.id(), open));
        }
        return new Allowed(ports, List.of());
    }
}
