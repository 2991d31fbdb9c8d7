package io.peerbot.domain.plan;

import io.peerbot.domain.network.NextHop;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.VpcSnapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The route impact of one side's planned routes (pure): for each route the plan adds, where the peer's range goes
 * today and which more specific routes keep part of it afterwards.
 */
public final class RouteImpacts {
    private RouteImpacts() {
    }

    /** Every planned route's impact, in the plan's order. A route to a table that is not in {@code vpc} has none. */
    public static List<RouteImpact> of(VpcSnapshot vpc, List<RouteChange> planned) {
        List<RouteImpact> impacts = new ArrayList<>();
        for (RouteChange change : planned) {
            vpc.routeTable(change.routeTableId()).ifPresent(table -> impacts.add(of(table, change)));
        }
        return impacts;
    }

    /** Only the impacts a person should hear about. */
    public static List<RouteImpact> worthTelling(VpcSnapshot vpc, List<RouteChange> planned) {
        return of(vpc, planned).stream().filter(RouteImpact::worthTelling).toList();
    }

    static RouteImpact of(RouteTable table, RouteChange change) {
        List<Route> routes = table.routes();
        Route today = NextHop.forRange(routes, change.destination()).orElse(null);
        List<Route> staying = NextHop.moreSpecificThan(routes, change.destination());
        return new RouteImpact(table.id(), change.destination(), today, staying);
    }
}
