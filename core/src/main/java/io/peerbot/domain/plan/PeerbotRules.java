package io.peerbot.domain.plan;

import io.peerbot.domain.network.SecurityRule;

/**
 * How peerbot marks the security group rules it adds, so that teardown, close and status touch its own
 * rules and nothing else: the description {@code peerbot pcx-…} and the tag {@code peerbot:pcx=pcx-…}.
 */
public final class PeerbotRules {
    /** On each rule peerbot adds: the peering it is for. */
    public static final String PCX_TAG = "peerbot:pcx";
    private static final String DESCRIPTION_PREFIX = "peerbot ";

    private PeerbotRules() {
    }

    /** The rule's description in AWS, naming the peering: {@code peerbot pcx-0abc…}. */
    public static String description(String pcxId) {
        return DESCRIPTION_PREFIX + pcxId;
    }

    /**
     * True for a rule peerbot added for this peering: tagged with it, or described exactly as peerbot
     * describes its rules (tags cannot be read everywhere, descriptions can). A person's rule that merely
     * mentions the peering in its description is not peerbot's.
     */
    public static boolean madeFor(SecurityRule rule, String pcxId) {
        return pcxId.equals(rule.tags().get(PCX_TAG)) || description(pcxId).equals(rule.description());
    }

    /** True for a rule peerbot added for any peering: tagged with one, or described as peerbot describes its rules. */
    public static boolean madeByPeerbot(SecurityRule rule) {
        return rule.tags().containsKey(PCX_TAG)
                || rule.description() != null && rule.description().matches(DESCRIPTION_PREFIX + "pcx-[0-9a-f]+");
    }
}
