package io.peerbot.domain.plan;

import io.peerbot.domain.peering.Side;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as lines for people, ids in backticks:
 * <pre>
 * requester `vpc-0a1b2c3d` (111122223333:eu-west-1)
 *   `rtb-0abc…`: `10.1.0.0/16` → `pcx-…`
 *   `sg-0abc…`: allow `tcp:5432` from `10.1.0.0/16`
 * </pre>
 */
public final class PlanText {
    private PlanText() {
    }

    /** Before the peering exists: routes point to "the peering". */
    public static List<String> lines(Plan plan) {
        return lines(plan, "the peering");
    }

    public static List<String> lines(Plan plan, String pcxId) {
        String target = pcxId.startsWith("pcx-") ? "`" + pcxId + "`" : pcxId;
        List<String> lines = new ArrayList<>();
        for (Side side : Side.values()) {
            SidePlan part = plan.side(side);
            lines.add(side.label() + " `" + part.vpcId() + "` (" + part.location() + ")");
            part.routes().forEach(r -> lines.add("  `" + r.routeTableId() + "`: `" + r.destination() + "` → " + target));
            part.rules().forEach(r -> lines.add("  `" + r.groupId() + "`: allow `" + r.ports() + "` from `"
                    + r.source() + "`"));
            if (part.isEmpty()) {
                lines.add("  nothing to change");
            }
            part.notes().forEach(n -> lines.add("  note: " + n));
        }
        if (plan.options().dns()) {
            lines.add("DNS: each side resolves the other's private DNS names across the peering");
        }
        return lines;
    }
}
