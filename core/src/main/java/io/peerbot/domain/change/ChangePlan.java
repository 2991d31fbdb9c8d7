package io.peerbot.domain.change;

import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.PlanDigest;
import io.peerbot.domain.plan.PlanNote;
import io.peerbot.domain.plan.Removal;
import io.peerbot.domain.plan.SidePlan;
import io.peerbot.domain.plan.SideRemoval;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a change does, worked out from both VPCs as read once for it: the routes, rules and options a creation
 * adds or the rules an open adds ({@code additions}, the whole plan for the change's ports), the rules a close
 * revokes or everything a delete removes ({@code removal}). The card shows it, the apply carries it out.
 */
public record ChangePlan(ChangeKind kind, String pcxId, List<PortRange> ports, Plan additions,
                         Removal removal) {
    public ChangePlan {
        ports = List.copyOf(ports);
        if (adds(kind) != (additions != null) || adds(kind) == (removal != null)) {
            throw new IllegalArgumentException("a creation or an open adds a plan; a close or delete removes");
        }
    }

    private static boolean adds(ChangeKind kind) {
        return kind == ChangeKind.CREATE || kind == ChangeKind.OPEN;
    }

    public static ChangePlan creating(String pcxId, List<PortRange> ports, Plan plan) {
        return new ChangePlan(ChangeKind.CREATE, pcxId, ports, plan, null);
    }

    public static ChangePlan opening(String pcxId, List<PortRange> ports, Plan additions) {
        return new ChangePlan(ChangeKind.OPEN, pcxId, ports, additions, null);
    }

    public static ChangePlan closing(String pcxId, List<PortRange> ports, Removal removal) {
        return new ChangePlan(ChangeKind.CLOSE, pcxId, ports, null, removal);
    }

    public static ChangePlan teardown(String pcxId, Removal removal) {
        return new ChangePlan(ChangeKind.DELETE, pcxId, List.of(), null, removal);
    }

    /** The fingerprint of exactly what this change does, as its card shows it: what owners consent to. */
    public PlanDigest digest() {
        return adds(kind) ? PlanDigest.of(additions) : PlanDigest.of(removal);
    }

    /**
     * One sentence: "Remove 6 routes in 6 route tables, 4 rules in 2 groups, and delete pcx-…",
     * "Revoke 2 rules in 1 group (tcp:5432) on pcx-…", "Add 4 rules in 2 groups (tcp:6379) on pcx-…".
     */
    public String summary() {
        String portList = ports.stream().map(PortRange::toString).collect(Collectors.joining(", "));
        return switch (kind) {
            case CREATE -> "Accept " + pcxId + ", add " + plural(additions.routeCount(), "route") + " and "
                    + plural(additions.ruleCount(), "rule") + " (" + portList + ").";
            case DELETE -> "Remove " + plural(removal.routeCount(), "route") + " in "
                    + plural(removal.routeTableCount(), "route table") + ", " + plural(removal.ruleCount(), "rule")
                    + " in " + plural(removal.groupCount(), "group") + ", and delete " + pcxId + ".";
            case CLOSE -> removal.ruleCount() == 0
                    ? "No rule of peerbot's allows " + portList + " on " + pcxId + " any more; only the record of "
                    + "open ports changes."
                    : "Revoke " + plural(removal.ruleCount(), "rule") + " in " + plural(removal.groupCount(), "group")
                    + " (" + portList + ") on " + pcxId + ".";
            case OPEN -> additions.ruleCount() == 0
                    ? "No rule to add for " + portList + " on " + pcxId + " (see the notes); the ports are recorded"
                    + " as open."
                    : "Add " + plural(additions.ruleCount(), "rule") + " in " + plural(groupCount(additions), "group")
                    + " (" + portList + ") on " + pcxId + ".";
        };
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

    /** Per side: each route and rule that goes or comes, ids in backticks (the notes of an open: {@link #notes}). */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Side side : Side.values()) {
            if (adds(kind)) {
                SidePlan part = additions.side(side);
                lines.add(side.label() + " `" + part.vpcId() + "` (" + part.location() + ")");
                part.rules().forEach(r -> lines.add("  add `" + r.groupId() + "`: allow `" + r.ports() + "` from `"
                        + r.source() + "`"));
                if (part.rules().isEmpty()) {
                    lines.add("  nothing to add");
                }
                continue;
            }
            SideRemoval part = removal.side(side);
            lines.add(side.label() + " `" + part.vpcId() + "` (" + part.location() + ")");
            part.routes().forEach(r -> lines.add("  remove `" + r.routeTableId() + "`: `" + r.destination() + "` → `"
                    + pcxId + "`"));
            part.rules().forEach(r -> lines.add("  revoke `" + r.groupId() + "`: `" + r.ports() + "` from `"
                    + (r.source() == null ? "a group" : r.source()) + "` (`" + r.ruleId() + "`)"));
            if (part.isEmpty()) {
                lines.add("  nothing of peerbot's left to remove");
            }
        }
        if (kind == ChangeKind.DELETE) {
            lines.add("then delete `" + pcxId + "`");
        }
        return lines;
    }

    private static long groupCount(Plan plan) {
        return Arrays.stream(Side.values()).flatMap(s -> plan.side(s).rules().stream()
                .map(r -> plan.side(s).vpcId() + "/" + r.groupId())).distinct().count();
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
