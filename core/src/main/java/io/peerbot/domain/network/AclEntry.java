package io.peerbot.domain.network;

import io.peerbot.domain.traffic.PortRange;

/** One numbered network ACL rule; rules are evaluated in ascending number and the first match wins. */
public record AclEntry(int ruleNumber, boolean egress, PortRange ports, Cidr cidr, boolean allow) {
}
