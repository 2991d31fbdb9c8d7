package io.peerbot.domain.validation;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.plan.RouteImpact;
import io.peerbot.domain.plan.RouteImpacts;
import io.peerbot.domain.plan.SidePlan;
import java.util.List;

/** Planned routes that would move a peer's range off a transit gateway, firewall, NAT or similar path. */
final class PathsLeft {
    private PathsLeft() {
    }

    static List<Rejection> of(VpcSnapshot vpc, SidePlan plan) {
        return RouteImpacts.of(vpc, plan.routes()).stream()
                .flatMap(impact -> impact.movedOffPath().stream().<Rejection>map(path ->
                        new Rejection.MovesTrafficOffPath(impact.routeTableId(), impact.range(), impact.today(), path)))
                .toList();
    }
}
