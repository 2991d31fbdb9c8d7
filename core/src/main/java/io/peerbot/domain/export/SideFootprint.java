package io.peerbot.domain.export;

import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.Side;
import java.util.List;

/** What peerbot made on one side of a peering: its routes through the peering and its rules for it. */
public record SideFootprint(Side side, String vpcId, Location location, List<RouteMade> routes,
                            List<RuleMade> rules) {
    public SideFootprint {
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
    }
}
