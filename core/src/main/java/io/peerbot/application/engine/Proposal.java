package io.peerbot.application.engine;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.plan.Plan;

/** Two resolved VPCs, as read now, and the plan for peering them; validated, nothing created yet. */
public record Proposal(VpcSnapshot requester, VpcSnapshot accepter, Plan plan) {
}
