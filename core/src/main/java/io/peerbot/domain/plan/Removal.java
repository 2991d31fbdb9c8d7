package io.peerbot.domain.plan;

import io.peerbot.domain.peering.Side;

/**
 * Exactly what a teardown or a close takes away, on both sides: the routes through the peering and the
 * rules peerbot made for it. Worked out by {@link Remover} from what is in AWS now.
 */
public record Removal(SideRemoval requester, SideRemoval accepter) {

    public SideRemoval side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }

    public int routeCount() {
        return requester.routes().size() + accepter.routes().size();
    }

    public int ruleCount() {
        return requester.rules().size() + accepter.rules().size();
    }

    /** Route tables on both sides (their ids are unique across VPCs). */
    public long routeTableCount() {
        return requester.routeTableCount() + accepter.routeTableCount();
    }

    public long groupCount() {
        return requester.groupCount() + accepter.groupCount();
    }

    public boolean isEmpty() {
        return requester.isEmpty() && accepter.isEmpty();
    }
}
