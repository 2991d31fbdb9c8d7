package io.peerbot.domain.network;

import io.peerbot.domain.traffic.PortRange;
import java.util.Map;

/**
 * One security group rule. The peer is either a CIDR block or another group, never both.
 * {@code ruleId} is AWS's {@code sgr-…} id; {@code tags} are the rule's own tags.
 */
public record SecurityRule(String ruleId, PortRange ports, Cidr cidr, String sourceGroupId, String description,
                           Map<String, String> tags) {
    public SecurityRule {
        tags = tags == null ? Map.of() : Map.copyOf(tags);
    }

    /** A rule without tags. */
    public SecurityRule(String ruleId, PortRange ports, Cidr cidr, String sourceGroupId, String description) {
        this(ruleId, ports, cidr, sourceGroupId, description, Map.of());
    }

    public boolean from(Cidr block) {
        return block.equals(cidr);
    }
}
