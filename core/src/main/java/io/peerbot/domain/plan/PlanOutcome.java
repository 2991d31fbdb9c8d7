package io.peerbot.domain.plan;

import java.util.List;

/**
 * What planning a peering gives: a plan, or a refusal the caller reports instead of applying anything.
 */
public sealed interface PlanOutcome {

    /** The plan for the two VPCs as they are. */
    record Planned(Plan plan) implements PlanOutcome {
    }

    /**
     * {@code --subnets} named these subnets and they exist in neither VPC any more. Planning without them would
     * widen the peering to subnets nobody approved, so there is no plan: the request needs the current subnets.
     */
    record SubnetsGone(List<String> subnetIds) implements PlanOutcome {
        public SubnetsGone {
            subnetIds = List.copyOf(subnetIds);
        }
    }
}
