package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.PlanLines.plural;

import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.SidePlan;
import io.peerbot.domain.plan.SideRemoval;
import io.peerbot.domain.traffic.PortRange;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** What a change will do, in words: one sentence for the confirm dialog, and a line per route and rule. */
public final class ChangePlanText {
    private ChangePlanText() {
    }

    private static final DateTimeFormatter PLAIN_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /**
     * One plain sentence (no mark-up: it also goes into a confirm dialog): "Remove 6 routes in 6 route tables,
     * 4 rules in 2 groups, and delete pcx-…", "Revoke 2 rules in 1 group (tcp:5432) on pcx-…", "Add 4 rules
     * in 2 groups (tcp:6379) on pcx-…".
     */
    public static String summary(ChangePlan plan) {
        String pcxId = plan.pcxId();
        String portList = plan.ports().stream().map(PortRange::toString).collect(Collectors.joining(", "));
        Plan additions = plan.additions();
        return switch (plan.kind()) {
            case CREATE -> "Accept " + pcxId + ", add " + plural(additions.routeCount(), "route") + " and "
                    + plural(additions.ruleCount(), "rule") + " (" + portList + ").";
            case DELETE -> "Remove " + plural(plan.removal().routeCount(), "route") + " in "
                    + plural(plan.removal().routeTableCount(), "route table") + ", "
                    + plural(plan.removal().ruleCount(), "rule") + " in " + plural(plan.removal().groupCount(), "group")
                    + ", and delete " + pcxId + ".";
            case CLOSE -> plan.removal().ruleCount() == 0
                    ? "No rule of peerbot's allows " + portList + " on " + pcxId + " any more; only the record of "
                    + "open ports changes."
                    : "Revoke " + plural(plan.removal().ruleCount(), "rule") + " in "
                    + plural(plan.removal().groupCount(), "group") + " (" + portList + ") on " + pcxId + ".";
            case OPEN -> additions.ruleCount() == 0
                    ? "No rule to add for " + portList + " on " + pcxId + " (see the notes); the ports are recorded"
                    + " as open."
                    : "Add " + plural(additions.ruleCount(), "rule") + " in " + plural(groupCount(additions), "group")
                    + " (" + portList + ") on " + pcxId + ".";
            case REPAIR -> "Restore " + plural(additions.routeCount(), "route") + " and "
                    + plural(additions.ruleCount(), "rule") + " of the approved plan on " + pcxId + ".";
            case EXTEND -> "Add " + plural(additions.routeCount(), "route") + " and "
                    + plural(additions.ruleCount(), "rule") + " for growth on " + pcxId + ".";
            case RENEW -> "End " + (portList.isEmpty() ? pcxId : portList + " on " + pcxId) + " at "
                    + PLAIN_TIME.format(plan.endsAt()) + " instead; nothing changes in AWS until then.";
        };
    }

    /** Per side: each route and rule that goes or comes, ids as code (an open's notes are words of their own). */
    public static List<String> lines(ChangePlan plan) {
        List<String> lines = new ArrayList<>();
        if (plan.kind() == ChangeKind.RENEW) {
            lines.add("nothing changes in AWS now; the recorded end moves to " + SlackDates.of(plan.endsAt()));
            return lines;
        }
        boolean adds = plan.additions() != null;
        boolean routes = plan.kind() == ChangeKind.REPAIR || plan.kind() == ChangeKind.EXTEND;
        for (Side side : Side.values()) {
            if (adds) {
                SidePlan part = plan.additions().side(side);
                lines.add(side.label() + " " + code(part.vpcId()) + " (" + part.location() + ")");
                if (routes) {
                    part.routes().forEach(r -> lines.add("  add " + code(r.routeTableId()) + ": "
                            + code(r.destination()) + " → " + code(plan.pcxId())));
                }
                part.rules().forEach(r -> lines.add("  add " + code(r.groupId()) + ": allow " + code(r.ports())
                        + " from " + code(r.sourceText())));
                if (part.rules().isEmpty() && (!routes || part.routes().isEmpty())) {
                    lines.add("  nothing to add");
                }
                continue;
            }
            SideRemoval part = plan.removal().side(side);
            lines.add(side.label() + " " + code(part.vpcId()) + " (" + part.location() + ")");
            part.routes().forEach(r -> lines.add("  remove " + code(r.routeTableId()) + ": " + code(r.destination())
                    + " → " + code(plan.pcxId())));
            part.rules().forEach(r -> lines.add("  revoke " + code(r.groupId()) + ": " + code(r.ports()) + " from "
                    + (r.source() == null ? code("a group") : code(r.source())) + " (" + code(r.ruleId()) + ")"));
            if (part.isEmpty()) {
                lines.add("  nothing of peerbot's left to remove");
            }
        }
        if (plan.kind() == ChangeKind.DELETE) {
            lines.add("then delete " + code(plan.pcxId()));
        }
        return lines;
    }

    private static long groupCount(Plan plan) {
        return Arrays.stream(Side.values()).flatMap(s -> plan.side(s).rules().stream()
                .map(r -> plan.side(s).vpcId() + "/" + r.groupId())).distinct().count();
    }

    private static String code(Object value) {
        return Mrkdwn.code(String.valueOf(value));
    }
}
