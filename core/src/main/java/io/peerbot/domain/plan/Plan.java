package io.peerbot.domain.plan;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.Side;
import java.util.List;

/**
 * Exactly what a peering changes in AWS: routes per route table and rules per security group, on
 * both sides, plus the options (DNS). A value: rendered for people, diffed against what exists, applied.
 */
public record Plan(SidePlan requester, SidePlan accepter, PeeringOptions options) {

    public SidePlan side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }

    public int routeCount() {
        return requester.routes().size() + accepter.routes().size();
    }

    public int ruleCount() {
        return requester.rules().size() + accepter.rules().size();
    }

    public boolean isEmpty() {
        return requester.isEmpty() && accepter.isEmpty();
    }

    /**
     * The part of this plan not yet in AWS: routes to the destination through {@code pcxId} and rules
     * with the same protocol, ports and source already present are left out.
     */
    public Plan outstanding(VpcSnapshot requesterNow, VpcSnapshot accepterNow, String pcxId) {
        return new Plan(remaining(requester, requesterNow, pcxId), remaining(accepter, accepterNow, pcxId), options);
    }

    private static SidePlan remaining(SidePlan side, VpcSnapshot now, String pcxId) {
        List<RouteChange> routes = side.routes().stream()
                .filter(r -> now.routeTable(r.routeTableId()).flatMap(t -> t.routeTo(r.destination()))
                        .filter(existing -> existing.via(pcxId)).isEmpty())
                .toList();
        List<RuleChange> rules = side.rules().stream()
                .filter(r -> now.securityGroup(r.groupId()).stream().flatMap(g -> g.ingress().stream())
                        .noneMatch(r::sameAs))
                .toList();
        return new SidePlan(side.vpcId(), side.location(), routes, rules, side.notes(), side.targets());
    }
}
