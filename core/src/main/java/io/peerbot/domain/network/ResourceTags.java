package io.peerbot.domain.network;

/** Tags people put on their own resources to steer peerbot. */
public final class ResourceTags {
    /** On a VPC: its owners (Slack user ids or e-mail addresses). */
    public static final String OWNER = "peerbot:owner";
    /** On a security group: open this group to the peer (instead of the groups of the interfaces in the subnets). */
    public static final String GROUP = "peerbot:group";
    /** On an instance: run the connectivity test from here. */
    public static final String PROBE = "peerbot:probe";

    private ResourceTags() {
    }
}
