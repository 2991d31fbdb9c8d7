package io.peerbot.domain.plan;

import io.peerbot.domain.network.Location;
import java.util.List;

/**
 * The changes on one side of a peering. {@code notes}: what a person should know (e.g. no group found);
 * {@code targets}: the groups that get rules, why, and what each serves.
 */
public record SidePlan(String vpcId, Location location, List<RouteChange> routes, List<RuleChange> rules,
                       List<PlanNote> notes, List<GroupTarget> targets) {
    public SidePlan {
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
        targets = List.copyOf(targets);
    }

    /** A side whose groups are not described. */
    public SidePlan(String vpcId, Location location, List<RouteChange> routes, List<RuleChange> rules,
                    List<PlanNote> notes) {
        this(vpcId, location, routes, rules, notes, List.of());
    }

    public boolean isEmpty() {
        return routes.isEmpty() && rules.isEmpty();
    }
}
