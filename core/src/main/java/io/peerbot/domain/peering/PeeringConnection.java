package io.peerbot.domain.peering;

import java.util.Map;

/**
 * A VPC peering connection as EC2 reports it, tags included. {@code statusCode} is EC2's code as given, so a
 * status this version does not know ({@link PeeringStatus#UNKNOWN}) can still be shown.
 */
public record PeeringConnection(String id, PeeringSide requester, PeeringSide accepter, PeeringStatus status,
                                String statusMessage, Map<String, String> tags, String statusCode) {
    public PeeringConnection {
        tags = Map.copyOf(tags);
        statusCode = statusCode == null || statusCode.isBlank() ? status.code() : statusCode;
    }

    public PeeringConnection(String id, PeeringSide requester, PeeringSide accepter, PeeringStatus status,
                             String statusMessage, Map<String, String> tags) {
        this(id, requester, accepter, status, statusMessage, tags, status.code());
    }

    public boolean connects(String vpcA, String vpcB) {
        return (requester.vpcId().equals(vpcA) && accepter.vpcId().equals(vpcB))
                || (requester.vpcId().equals(vpcB) && accepter.vpcId().equals(vpcA));
    }

    public PeeringSide side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }
}
