package io.peerbot.domain.plan;

import io.peerbot.domain.network.Location;
import java.util.List;

/** What leaves one side of a peering: routes per route table and peerbot's rules per group. */
public record SideRemoval(String vpcId, Location location, List<RouteChange> routes, List<RuleRemoval> rules) {
    public SideRemoval {
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
    }

    public boolean isEmpty() {
        return routes.isEmpty() && rules.isEmpty();
    }

    public long routeTableCount() {
        return routes.stream().map(RouteChange::routeTableId).distinct().count();
    }

    public long groupCount() {
        return rules.stream().map(RuleRemoval::groupId).distinct().count();
    }
}
