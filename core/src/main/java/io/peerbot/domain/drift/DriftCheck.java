package io.peerbot.domain.drift;

import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares an applied peering with its approved plan (pure): the peering gone from EC2, routes and rules of the
 * approved plan missing on a side, growth the plan does not cover, blackhole routes through it, and routes through
 * it that no plan asked for.
 */
public final class DriftCheck {
    private final DriftPlans plans = new DriftPlans();

    public List<Finding> check(ManagedPeering peering, PeeringStatus status, VpcSnapshot requester,
                               VpcSnapshot accepter) {
        if (status != PeeringStatus.ACTIVE) {
            return gone(status) ? List.of(new Finding.PeeringGone(status)) : List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (Side side : Side.values()) {
            Plan missing = plans.repair(peering, Set.of(side), requester, accepter);
            if (!missing.isEmpty()) {
                findings.add(new Finding.Missing(side, missing.side(side).routes(), missing.side(side).rules()));
            }
        }
        Plan growth = plans.extension(peering, requester, accepter);
        if (!growth.isEmpty()) {
            findings.add(new Finding.Growth(growth, newBlocks(peering, growth)));
        }
        Plan desired = plans.desired(peering, requester, accepter);
        String pcxId = peering.id().value();
        for (Side side : Side.values()) {
            VpcSnapshot vpc = side == Side.REQUESTER ? requester : accepter;
            List<RouteChange> blackholes = new ArrayList<>();
            List<RouteChange> unmade = new ArrayList<>();
            for (RouteTable table : vpc.routeTables()) {
                for (Route route : table.routes()) {
                    if (!route.via(pcxId)) {
                        continue;
                    }
                    RouteChange seen = new RouteChange(table.id(), route.destination());
                    if (route.blackhole()) {
                        blackholes.add(seen);
                    } else if (!desired.side(side).routes().contains(seen)) {
                        unmade.add(seen);
                    }
                }
            }
            if (!blackholes.isEmpty()) {
                findings.add(new Finding.Blackholes(side, blackholes));
            }
            if (!unmade.isEmpty()) {
                findings.add(new Finding.Unmade(side, unmade));
            }
        }
        return findings;
    }

    /** Deleted, rejected or otherwise over: not a pending or provisioning moment. */
    private static boolean gone(PeeringStatus status) {
        return !status.live();
    }

    private static List<Cidr> newBlocks(ManagedPeering peering, Plan growth) {
        Set<Cidr> blocks = new TreeSet<>();
        for (Side side : Side.values()) {
            ApprovedScope.SideScope scope = peering.drift().scope().side(side);
            growth.side(side).routes().stream().map(RouteChange::destination)
                    .filter(b -> !scope.peerBlocks().contains(b)).forEach(blocks::add);
            growth.side(side).rules().stream().filter(r -> !r.fromGroup()).map(r -> r.source())
                    .filter(b -> !scope.peerBlocks().contains(b)).forEach(blocks::add);
        }
        return List.copyOf(blocks);
    }
}
