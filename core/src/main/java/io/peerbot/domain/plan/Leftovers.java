package io.peerbot.domain.plan;

import io.peerbot.domain.network.Location;
import java.util.List;

/**
 * What a peering EC2 no longer shows left behind in one account and region: routes still pointing at it
 * (blackholes) and rules peerbot tagged as made for it.
 */
public record Leftovers(Location location, List<RouteChange> routes, List<RuleRemoval> rules) {
    public Leftovers {
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
    }

    public boolean isEmpty() {
        return routes.isEmpty() && rules.isEmpty();
    }
}
