package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;

/** A seeded peering connection. */
public final class PeeringSeed {
    private final StoredPeeringConnection pcx;

    PeeringSeed(StoredPeeringConnection pcx) {
        this.pcx = pcx;
    }

    public String id() {
        return pcx.id();
    }

    public StoredPeeringConnection connection() {
        return pcx;
    }

    /** A tag the requester side sees. */
    public PeeringSeed tag(String key, String value) {
        pcx.tagsOf(pcx.requester().account(), pcx.requester().region()).put(key, value);
        return this;
    }

    /** A tag the accepter side sees. */
    public PeeringSeed accepterTag(String key, String value) {
        pcx.tagsOf(pcx.accepter().account(), pcx.accepter().region()).put(key, value);
        return this;
    }
}
