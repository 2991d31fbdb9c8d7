package io.peerbot.domain.peering;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A VPC peering connection as EC2 reports it, tags included. {@code statusCode} is EC2's code as given, so a
 * status this version does not know ({@link PeeringStatus#UNKNOWN}) can still be shown. {@code expiresAt}: when
 * EC2 drops the request unless it is accepted, a week after it made it (null where EC2 does not say).
 */
public record PeeringConnection(String id, PeeringSide requester, PeeringSide accepter, PeeringStatus status,
                                String statusMessage, Map<String, String> tags, String statusCode,
                                Instant expiresAt) {
    /** How long EC2 keeps a request that is not accepted. */
    public static final Duration REQUEST_LIFETIME = Duration.ofDays(7);

    public PeeringConnection {
        tags = Map.copyOf(tags);
        statusCode = statusCode == null || statusCode.isBlank() ? status.code() : statusCode;
    }

    public PeeringConnection(String id, PeeringSide requester, PeeringSide accepter, PeeringStatus status,
                             String statusMessage, Map<String, String> tags, String statusCode) {
        this(id, requester, accepter, status, statusMessage, tags, statusCode, null);
    }

    public PeeringConnection(String id, PeeringSide requester, PeeringSide accepter, PeeringStatus status,
                             String statusMessage, Map<String, String> tags) {
        this(id, requester, accepter, status, statusMessage, tags, status.code());
    }

    /** When EC2 made the connection, as its expiration time tells; empty where EC2 does not say. */
    public Optional<Instant> madeAt() {
        return Optional.ofNullable(expiresAt).map(end -> end.minus(REQUEST_LIFETIME));
    }

    public boolean connects(String vpcA, String vpcB) {
        return (requester.vpcId().equals(vpcA) && accepter.vpcId().equals(vpcB))
                || (requester.vpcId().equals(vpcB) && accepter.vpcId().equals(vpcA));
    }

    public PeeringSide side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }
}
