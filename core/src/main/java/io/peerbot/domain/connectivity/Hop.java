package io.peerbot.domain.connectivity;

/** The kinds of element a packet passes between two instances in peered VPCs, in the order they are checked. */
public enum Hop {
    /** The source subnet's route table: a route to the destination via the peering. */
    ROUTE,
    /** A subnet's network ACL, either way, request or return traffic. */
    NETWORK_ACL,
    /** An instance's security groups: the source's egress, the destination's ingress. */
    SECURITY_GROUP,
    /** The destination subnet's route table: a route back to the source via the peering. */
    RETURN_ROUTE,
    /** Something about the instances themselves (e.g. a subnet missing from the snapshot). */
    INSTANCE
}
