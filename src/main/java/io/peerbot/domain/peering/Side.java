package io.peerbot.domain.peering;

/** The two ends of a peering: the VPC that asks, and the VPC that accepts. */
public enum Side {
    REQUESTER, ACCEPTER;

    public Side other() {
        return this == REQUESTER ? ACCEPTER : REQUESTER;
    }

    public String label() {
        return name().toLowerCase();
    }
}
