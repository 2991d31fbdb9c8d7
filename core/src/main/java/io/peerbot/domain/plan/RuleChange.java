package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.traffic.PortRange;

/** An ingress rule to add to one security group: these ports, from the peer's block. */
public record RuleChange(String groupId, PortRange ports, Cidr source) {
}
