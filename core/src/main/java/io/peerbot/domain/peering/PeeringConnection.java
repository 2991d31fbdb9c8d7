package io.peerbot.domain.peering;

import java.util.Map;

/** A VPC peering connection as EC2 reports it, tags included. */
public record PeeringConnection(String id, PeeringSide requester, PeeringSide accepter, PeeringStatus status,
                                String statusMessage, Map<String, String> tags) {
    public PeeringConnection {
        tags = Map.copyOf(tags);
    }

    public boolean connects(String vpcA, String vpcB) {
        return (requester.vpcId().equals(vpcA) && accepter.vpcId().equals(vpcB))
                || (requester.vpcId().equals(vpcB) && accepter.vpcId().equals(vpcA));
    }

    public PeeringSide side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }
}
