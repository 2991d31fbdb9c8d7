package io.peerbot.domain.drift;

import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.Planner;
import io.peerbot.domain.plan.SidePlan;
import java.util.List;
import java.util.Set;

/**
 * The plans the drift watch works with (pure): the plan the peering's recorded parameters (ports in force,
 * subnets, options) give for the VPCs as they are now, split by its {@link ApprovedScope} into what the owners
 * approved already and what is growth.
 */
public final class DriftPlans {
    private final Planner planner = new Planner();

    /** The plan for the ports in force, worked out from the VPCs as they are now. */
    public Plan desired(ManagedPeering peering, VpcSnapshot requester, VpcSnapshot accepter) {
        return planner.plan(requester, accepter, peering.options());
    }

    /** The routes and rules of the approved plan that are missing now on {@code sides}: what a repair restores. */
    public Plan repair(ManagedPeering peering, Set<Side> sides, VpcSnapshot requester, VpcSnapshot accepter) {
        Plan desired = desired(peering, requester, accepter);
        ApprovedScope scope = peering.drift().scope();
        Plan covered = new Plan(covered(desired.requester(), scope.requester(), sides.contains(Side.REQUESTER)),
                covered(desired.accepter(), scope.accepter(), sides.contains(Side.ACCEPTER)), desired.options());
        return covered.outstanding(requester, accepter, peering.id().value());
    }

    /** The routes and rules growth needs that the approved plan does not cover and AWS does not have. */
    public Plan extension(ManagedPeering peering, VpcSnapshot requester, VpcSnapshot accepter) {
        Plan desired = desired(peering, requester, accepter);
        ApprovedScope scope = peering.drift().scope();
        Plan uncovered = new Plan(uncovered(desired.requester(), scope.requester()),
                uncovered(desired.accepter(), scope.accepter()), desired.options());
        return uncovered.outstanding(requester, accepter, peering.id().value());
    }

    /**
     * For a peering whose scope was never recorded: the scope of what its plan has in AWS now (what is missing
     * already cannot be told from growth, so it counts as growth and needs both sides to approve).
     */
    public ApprovedScope adopted(ManagedPeering peering, VpcSnapshot requester, VpcSnapshot accepter) {
        Plan desired = desired(peering, requester, accepter);
        Plan absent = desired.outstanding(requester, accepter, peering.id().value());
        return ApprovedScope.NONE.widenedBy(new Plan(present(desired.requester(), absent.requester()),
                present(desired.accepter(), absent.accepter()), desired.options()));
    }

    private static SidePlan covered(SidePlan plan, ApprovedScope.SideScope scope, boolean included) {
        if (!included) {
            return new SidePlan(plan.vpcId(), plan.location(), List.of(), List.of(), List.of());
        }
        return new SidePlan(plan.vpcId(), plan.location(), plan.routes().stream().filter(scope::covers).toList(),
                plan.rules().stream().filter(scope::covers).toList(), List.of());
    }

    private static SidePlan uncovered(SidePlan plan, ApprovedScope.SideScope scope) {
        return new SidePlan(plan.vpcId(), plan.location(),
                plan.routes().stream().filter(r -> !scope.covers(r)).toList(),
                plan.rules().stream().filter(r -> !scope.covers(r)).toList(), List.of());
    }

    private static SidePlan present(SidePlan plan, SidePlan absent) {
        return new SidePlan(plan.vpcId(), plan.location(),
                plan.routes().stream().filter(r -> !absent.routes().contains(r)).toList(),
                plan.rules().stream().filter(r -> !absent.rules().contains(r)).toList(), List.of());
    }
}
