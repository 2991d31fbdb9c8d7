package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.traffic.PortRange;

/** A security group rule to revoke: its group, its {@code sgr-…} id and what it allows (for people). */
public record RuleRemoval(String groupId, String ruleId, PortRange ports, Cidr source) {
    /** "sg-…: tcp:5432 from 10.1.0.0/16", as rules are named in reports. */
    public String label() {
        return groupId + ": " + ports + " from " + (source == null ? "a group" : source);
    }
}
