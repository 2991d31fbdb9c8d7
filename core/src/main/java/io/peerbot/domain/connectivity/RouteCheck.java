package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.RouteTable;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whether a route table sends an address through a given peering connection, as the VPC router decides:
 * the most specific route that covers the address wins; a blackhole route drops the packet.
 */
final class RouteCheck {
    private RouteCheck() {
    }

    /**
     * @param destination the address the packet is for, with the network it belongs to, for the message
     * @param returning   whether this is the way back (changes the wording and the hop)
     */
    static Optional<Obstacle> check(RouteTable table, PathEnd destination, String pcxId, boolean returning) {
        Hop hop = returning ? Hop.RETURN_ROUTE : Hop.ROUTE;
        String to = (returning ? "back to " : "to ") + destination.network();
        Optional<Route> best = table.routes().stream()
                .filter(r -> r.destination().contains(destination.ip()))
                .max(Comparator.comparingInt(r -> r.destination().prefixLength()));
        if (best.isEmpty()) {
            return Optional.of(new Obstacle(hop, table.id(),
                    table.id() + " has no route " + to + " via " + pcxId));
        }
        Route route = best.get();
        if (route.via(pcxId)) {
            if (route.blackhole()) {
                return Optional.of(new Obstacle(hop, table.id(), table.id() + "'s route " + to + " via " + pcxId
                        + " is a blackhole (" + route.destination() + "; the peering is not active)"));
            }
            return Optional.empty();
        }
        boolean peeringRouteShadowed = table.routes().stream()
                .anyMatch(r -> r.via(pcxId) && r.destination().contains(destination.ip()));
        String why = peeringRouteShadowed
                ? " (the more specific route " + route.destination() + " sends " + destination.ip() + " to "
                        + route.target() + ")"
                : " (" + destination.ip() + " goes to " + route.target() + " by route " + route.destination() + ")";
        return Optional.of(new Obstacle(hop, table.id(), table.id() + " has no route " + to + " via " + pcxId + why));
    }
}
