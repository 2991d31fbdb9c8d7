package io.peerbot.domain.validation;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.plan.SidePlan;
import java.util.List;

/** Planned routes whose destination a table already sends elsewhere: EC2 would refuse to add them. */
final class RouteConflicts {
    private RouteConflicts() {
    }

    static List<Rejection> of(VpcSnapshot vpc, SidePlan plan) {
        return plan.routes().stream()
                .flatMap(change -> vpc.routeTable(change.routeTableId())
                        .flatMap(t -> t.routeTo(change.destination()))
                        .<Rejection>map(existing -> new Rejection.RouteConflict(change.routeTableId(),
                                change.destination(), existing.target()))
                        .stream())
                .toList();
    }
}
