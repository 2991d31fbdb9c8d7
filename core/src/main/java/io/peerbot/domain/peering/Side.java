package io.peerbot.domain.peering;

import java.util.Set;

/** The two ends of a peering: the VPC that asks, and the VPC that accepts. */
public enum Side {
    REQUESTER, ACCEPTER;

    public Side other() {
        return this == REQUESTER ? ACCEPTER : REQUESTER;
    }

    public String label() {
        return name().toLowerCase();
    }

    /** "accepter", or "accepter and requester" for both. */
    public static String labels(Set<Side> sides) {
        return String.join(" and ", sides.stream().map(Side::label).sorted().toList());
    }
}
