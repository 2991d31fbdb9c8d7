package io.peerbot.domain.connectivity;

/** The kinds of element a packet passes between two instances in peered VPCs, in the order they are checked. */
public enum Hop {
    /** The source subnet's route table: a route to the destination via the peering. */
    ROUTE("route"),
    /** A subnet's network ACL, either way, request or return traffic. */
    NETWORK_ACL("network ACL"),
    /** An instance's security groups: the source's egress, the destination's ingress. */
    SECURITY_GROUP("security group"),
    /** The destination subnet's route table: a route back to the source via the peering. */
    RETURN_ROUTE("return route"),
    /** Something about the instances themselves (e.g. a subnet missing from the snapshot). */
    INSTANCE("instance");

    private final String label;

    Hop(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
