package io.peerbot.domain.network;

import io.peerbot.domain.traffic.PortRange;

/**
 * One security group rule. The peer is either a CIDR block or another group, never both.
 * {@code ruleId} is AWS's {@code sgr-…} id.
 */
public record SecurityRule(String ruleId, PortRange ports, Cidr cidr, String sourceGroupId, String description) {
    public boolean from(Cidr block) {
        return block.equals(cidr);
    }
}
