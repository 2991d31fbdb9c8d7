package io.peerbot.domain.request;

import io.peerbot.domain.peering.PeeringConnection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a request into a peering connection's tags and reads it back. Everything peerbot creates
 * carries {@code peerbot:managed=true}; values respect EC2's limits (50 tags, 256 characters a value).
 */
public final class RequestTags {
    public static final String MANAGED = "peerbot:managed";
    public static final String STATE = "peerbot:state";

    private RequestTags() {
    }

    /** All tags for the request, {@code Name} included. */
    public static Map<String, String> encode(PeeringRequest request) {
        throw new UnsupportedOperationException("RequestTags.encode is not built yet");
    }

    /** The request a managed peering carries; empty for a peering peerbot did not make. */
    public static Optional<PeeringRequest> decode(PeeringConnection peering) {
        throw new UnsupportedOperationException("RequestTags.decode is not built yet");
    }
}
