package io.peerbot.domain.validation;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteImpact;
import io.peerbot.domain.plan.RouteImpacts;
import io.peerbot.domain.plan.SidePlan;
import java.util.List;

/**
 * Planned routes that would move a peer's range off a transit gateway, firewall, NAT or similar path: judged when a
 * request is made, and again for every change that adds routes when it is asked and when it is approved, since the
 * route tables may have changed since.
 */
public final class PathsLeft {
    private PathsLeft() {
    }

    /** Both sides of {@code additions}, on the VPCs as read now. */
    public static List<Rejection> of(Plan additions, VpcSnapshot requester, VpcSnapshot accepter) {
        return java.util.stream.Stream.concat(of(requester, additions.requester()).stream(),
                of(accepter, additions.accepter()).stream()).toList();
    }

    static List<Rejection> of(VpcSnapshot vpc, SidePlan plan) {
        return RouteImpacts.of(vpc, plan.routes()).stream()
                .flatMap(impact -> impact.movedOffPath().stream().<Rejection>map(path ->
                        new Rejection.MovesTrafficOffPath(impact.routeTableId(), impact.range(), impact.today(), path)))
                .toList();
    }
}
