package io.peerbot.domain.map;

/** How a VPC stands in a map drawn around one VPC; {@link #PLAIN} in any other map. */
public enum Role {
    /** The VPC the map is about. */
    FOCUS,
    /** Peered with the focus directly. */
    REACHED,
    /** Peered with a VPC the focus reaches, but not reached by the focus: peering is not transitive. */
    NOT_REACHED,
    PLAIN
}
