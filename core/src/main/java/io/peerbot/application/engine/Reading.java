package io.peerbot.application.engine;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;

/**
 * Both VPCs of a peering and its connection's status, read once for a decision: the owners, the plan, the card
 * and the apply all work from it.
 */
public record Reading(PeeringStatus status, VpcSnapshot requester, VpcSnapshot accepter) {
    public VpcSnapshot side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }
}
