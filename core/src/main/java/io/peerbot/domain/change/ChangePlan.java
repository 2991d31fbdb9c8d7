package io.peerbot.domain.change;

import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.PlanDigest;
import io.peerbot.domain.plan.PlanNote;
import io.peerbot.domain.plan.Removal;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a change does, worked out from both VPCs as read once for it: the routes, rules and options a creation
 * adds or the rules an open adds ({@code additions}, the whole plan for the change's ports), the rules a close
 * revokes or everything a delete removes ({@code removal}), and when a temporary one's work is taken away again
 * ({@code endsAt}; a renewal's plan is only that). The card shows it, the apply carries it out.
 */
public record ChangePlan(ChangeKind kind, String pcxId, List<PortRange> ports, Plan additions,
                         Removal removal, Instant endsAt) {
    public ChangePlan {
        ports = List.copyOf(ports);
        if (kind == ChangeKind.RENEW) {
            if (additions != null || removal != null || endsAt == null) {
                throw new IllegalArgumentException("a renewal changes only the end time");
            }
        } else if (adds(kind) != (additions != null) || adds(kind) == (removal != null)) {
            throw new IllegalArgumentException("a creation or an open adds a plan; a close or delete removes");
        }
        endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A permanent change's plan. */
    public ChangePlan(ChangeKind kind, String pcxId, List<PortRange> ports, Plan additions, Removal removal) {
        this(kind, pcxId, ports, additions, removal, null);
    }

    /** A renewal: what it renews (the ports of an opening, none for the whole peering) ends at {@code endsAt}. */
    public static ChangePlan renewing(String pcxId, List<PortRange> ports, Instant endsAt) {
        return new ChangePlan(ChangeKind.RENEW, pcxId, ports, null, null, endsAt);
    }

    /** The same plan, what it makes taken away again at {@code end} (null: kept). */
    public ChangePlan ending(Instant end) {
        return new ChangePlan(kind, pcxId, ports, additions, removal, end);
    }

    private static boolean adds(ChangeKind kind) {
        return kind == ChangeKind.CREATE || kind == ChangeKind.OPEN || kind == ChangeKind.REPAIR
                || kind == ChangeKind.EXTEND;
    }

    public static ChangePlan creating(String pcxId, List<PortRange> ports, Plan plan) {
        return new ChangePlan(ChangeKind.CREATE, pcxId, ports, plan, null);
    }

    public static ChangePlan opening(String pcxId, List<PortRange> ports, Plan additions) {
        return new ChangePlan(ChangeKind.OPEN, pcxId, ports, additions, null);
    }

    /** A repair: the routes and rules of the approved plan that are missing now. */
    public static ChangePlan restoring(String pcxId, Plan missing) {
        return new ChangePlan(ChangeKind.REPAIR, pcxId, List.of(), missing, null);
    }

    /** An extension: the routes and rules for growth the approved plan does not cover yet. */
    public static ChangePlan extending(String pcxId, Plan growth) {
        return new ChangePlan(ChangeKind.EXTEND, pcxId, List.of(), growth, null);
    }

    public static ChangePlan closing(String pcxId, List<PortRange> ports, Removal removal) {
        return new ChangePlan(ChangeKind.CLOSE, pcxId, ports, null, removal);
    }

    public static ChangePlan teardown(String pcxId, Removal removal) {
        return new ChangePlan(ChangeKind.DELETE, pcxId, List.of(), null, removal);
    }

    /** The fingerprint of exactly what this change does, as its card shows it: what owners consent to. */
    public PlanDigest digest() {
        if (kind == ChangeKind.RENEW) {
            return PlanDigest.renewal(pcxId, ports, endsAt);
        }
        PlanDigest what = adds(kind) ? PlanDigest.of(additions) : PlanDigest.of(removal);
        return endsAt == null ? what : PlanDigest.ending(what, endsAt);
    }

    /** What a person should know about an open's rules, both sides; none for a close or delete. */
    public List<PlanNote> notes() {
        if (kind != ChangeKind.OPEN) {
            return List.of();
        }
        List<PlanNote> notes = new ArrayList<>(additions.requester().notes());
        notes.addAll(additions.accepter().notes());
        return notes;
    }
}
