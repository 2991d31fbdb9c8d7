package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.PathKind;
import io.peerbot.domain.network.Route;
import java.util.List;
import java.util.Optional;

/**
 * What one planned route does to the traffic of one of the peer's ranges in one route table. Today the range goes
 * by {@code today} (the longest matching prefix; null when no route matches); after the change it goes through the
 * peering, except the parts {@code staying} covers: more specific routes that keep their part of the range.
 */
public record RouteImpact(String routeTableId, Cidr range, Route today, List<Route> staying) {
    public RouteImpact {
        staying = List.copyOf(staying);
    }

    public Optional<Route> todayRoute() {
        return Optional.ofNullable(today);
    }

    /**
     * The path the range leaves when the peering route is added: today's route goes to a transit gateway,
     * firewall, NAT or other path, and the new route wins over it (it is more specific, or the same prefix
     * and today's route was propagated). A static route to the same prefix is not moved: EC2 refuses the new
     * route, which {@code RouteConflicts} reports.
     */
    public Optional<PathKind> movedOffPath() {
        if (today == null || today.blackhole() || today.local()) {
            return Optional.empty();
        }
        boolean newRouteWins = !today.destination().equals(range) || today.propagated();
        return newRouteWins ? PathKind.of(today.target()) : Optional.empty();
    }

    /** Whether a person should hear about this route: some of the range stays elsewhere, or it moves off a path. */
    public boolean worthTelling() {
        return !staying.isEmpty() || movedOffPath().isPresent();
    }
}
