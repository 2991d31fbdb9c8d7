package io.peerbot.application.lifecycle;

import io.peerbot.application.engine.Reading;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.peering.Side;

/**
 * Everything read once for a decision on a change: both VPCs and the connection's status, and the owners of
 * both sides resolved from those VPCs. The judgement, the card, the plan and the apply all use it.
 */
public record Scene(Reading reading, Owners requesterOwners, Owners accepterOwners) {
    public Owners owners(Side side) {
        return side == Side.REQUESTER ? requesterOwners : accepterOwners;
    }

    public boolean involves(String userId) {
        return requesterOwners.includes(userId) || accepterOwners.includes(userId);
    }
}
