package io.peerbot.domain.plan;

import io.peerbot.domain.peering.Side;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between the plan both owners approved and the plan the VPCs call for now, per side: routes and
 * rules added or removed, with the route tables and security groups that appear or disappear altogether, and
 * whether the DNS option differs. Empty when the two plans change the same things.
 */
public record PlanDifference(Map<Side, SideDifference> sides, boolean dnsChanged) {

    public PlanDifference {
        sides = Map.copyOf(sides);
    }

    /** One side's difference; tables and groups are sorted, routes and rules keep the plans' order. */
    public record SideDifference(List<RouteChange> routesAdded, List<RouteChange> routesRemoved,
                                 List<RuleChange> rulesAdded, List<RuleChange> rulesRemoved,
                                 List<String> tablesAdded, List<String> tablesRemoved,
                                 List<String> groupsAdded, List<String> groupsRemoved) {
        public SideDifference {
            routesAdded = List.copyOf(routesAdded);
            routesRemoved = List.copyOf(routesRemoved);
            rulesAdded = List.copyOf(rulesAdded);
            rulesRemoved = List.copyOf(rulesRemoved);
            tablesAdded = List.copyOf(tablesAdded);
            tablesRemoved = List.copyOf(tablesRemoved);
            groupsAdded = List.copyOf(groupsAdded);
            groupsRemoved = List.copyOf(groupsRemoved);
        }

        public boolean isEmpty() {
            return routesAdded.isEmpty() && routesRemoved.isEmpty() && rulesAdded.isEmpty() && rulesRemoved.isEmpty();
        }
    }

    public static PlanDifference between(Plan approved, Plan now) {
        Map<Side, SideDifference> sides = new EnumMap<>(Side.class);
        for (Side side : Side.values()) {
            sides.put(side, side(approved.side(side), now.side(side)));
        }
        return new PlanDifference(sides, approved.options().dns() != now.options().dns());
    }

    public SideDifference side(Side side) {
        return sides.get(side);
    }

    public boolean isEmpty() {
        return !dnsChanged && sides.values().stream().allMatch(SideDifference::isEmpty);
    }

    private static SideDifference side(SidePlan approved, SidePlan now) {
        List<String> tablesBefore = approved.routes().stream().map(RouteChange::routeTableId).distinct().toList();
        List<String> tablesNow = now.routes().stream().map(RouteChange::routeTableId).distinct().toList();
        List<String> groupsBefore = approved.rules().stream().map(RuleChange::groupId).distinct().toList();
        List<String> groupsNow = now.rules().stream().map(RuleChange::groupId).distinct().toList();
        return new SideDifference(minus(now.routes(), approved.routes()), minus(approved.routes(), now.routes()),
                minus(now.rules(), approved.rules()), minus(approved.rules(), now.rules()),
                sorted(minus(tablesNow, tablesBefore)), sorted(minus(tablesBefore, tablesNow)),
                sorted(minus(groupsNow, groupsBefore)), sorted(minus(groupsBefore, groupsNow)));
    }

    private static <T> List<T> minus(List<T> these, List<T> those) {
        List<T> left = new ArrayList<>(these);
        left.removeAll(those);
        return left;
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
