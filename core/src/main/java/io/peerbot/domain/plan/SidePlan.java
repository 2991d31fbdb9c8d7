package io.peerbot.domain.plan;

import io.peerbot.domain.network.Location;
import java.util.List;

/** The changes on one side of a peering. {@code notes}: what a person should know (e.g. no group found). */
public record SidePlan(String vpcId, Location location, List<RouteChange> routes, List<RuleChange> rules,
                       List<PlanNote> notes) {
    public SidePlan {
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return routes.isEmpty() && rules.isEmpty();
    }
}
