package io.peerbot.domain.export;

import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.PeerbotRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything peerbot made for one active peering, as AWS holds it now: the connection (requested on one side,
 * accepted on the other), the routes through it on both sides, the rules it added for it, and whether it let
 * each side resolve the other's private DNS names. What {@code /peer export} writes out as code.
 */
public record PeeringFootprint(String pcxId, SideFootprint requester, SideFootprint accepter,
                               boolean dnsResolution) {

    /**
     * The footprint of {@code peering} read from the two VPCs as they are now: routes whose target is the
     * peering, and rules peerbot marked as made for it ({@link PeerbotRules#madeFor}); nothing else.
     */
    public static PeeringFootprint of(ManagedPeering peering, VpcSnapshot requesterVpc, VpcSnapshot accepterVpc) {
        String pcx = peering.id().value();
        return new PeeringFootprint(pcx,
                side(Side.REQUESTER, peering.requester(), requesterVpc, pcx),
                side(Side.ACCEPTER, peering.accepter(), accepterVpc, pcx),
                peering.options().dns());
    }

    public SideFootprint side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }

    public boolean crossAccount() {
        return !requester.location().account().equals(accepter.location().account());
    }

    public boolean crossRegion() {
        return !requester.location().region().equals(accepter.location().region());
    }

    private static SideFootprint side(Side side, PeeringSide peeringSide, VpcSnapshot vpc, String pcx) {
        if (!vpc.id().equals(peeringSide.vpcId())) {
            throw new IllegalArgumentException("the " + side + " VPC is " + peeringSide.vpcId() + ", not " + vpc.id());
        }
        List<RouteMade> routes = new ArrayList<>();
        vpc.routeTables().forEach(table -> table.routes().stream().filter(r -> r.via(pcx))
                .forEach(r -> routes.add(new RouteMade(table.id(), r.destination()))));
        List<RuleMade> rules = new ArrayList<>();
        vpc.securityGroups().forEach(group -> group.ingress().stream().filter(r -> PeerbotRules.madeFor(r, pcx))
                .forEach(r -> rules.add(new RuleMade(group.id(), r))));
        routes.sort(Comparator.comparing(RouteMade::routeTableId).thenComparing(r -> r.destination().toString()));
        rules.sort(Comparator.comparing(RuleMade::groupId).thenComparing(r -> String.valueOf(r.rule().ruleId())));
        return new SideFootprint(side, vpc.id(), peeringSide.location(), routes, rules);
    }
}
