package io.peerbot.standin.ec2.model;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a security group rule allows, without its identity. Exactly one source (or destination, for egress) is set:
 * an IPv4 block, an IPv6 block or a group.
 *
 * @param ipProtocol {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, {@code -1} (all) or a protocol number
 * @param fromPort   null for protocol {@code -1}; ICMP type for ICMP (-1 for all)
 * @param toPort     null for protocol {@code -1}; ICMP code for ICMP (-1 for all)
 */
public record RuleSpec(boolean egress, String ipProtocol, Integer fromPort, Integer toPort, String cidrIpv4,
                       String cidrIpv6, String referencedGroupId, String referencedUserId, String description) {

    private static final Map<String, String> PROTOCOL_NAMES =
            Map.of("6", "tcp", "17", "udp", "1", "icmp", "58", "icmpv6", "all", "-1");

    /** EC2's name for a protocol: numbers of named protocols become names. */
    public static String normalizeProtocol(String protocol) {
        String p = protocol.toLowerCase(Locale.ROOT);
        return PROTOCOL_NAMES.getOrDefault(p, p);
    }

    /** An inbound rule from an IPv4 or IPv6 block. */
    public static RuleSpec ingress(String protocol, Integer fromPort, Integer toPort, String cidr, String description) {
        return ofCidr(false, protocol, fromPort, toPort, cidr, description);
    }

    /** An outbound rule to an IPv4 or IPv6 block. */
    public static RuleSpec egress(String protocol, Integer fromPort, Integer toPort, String cidr, String description) {
        return ofCidr(true, protocol, fromPort, toPort, cidr, description);
    }

    private static RuleSpec ofCidr(boolean egress, String protocol, Integer from, Integer to, String cidr, String desc) {
        String p = normalizeProtocol(protocol);
        boolean all = "-1".equals(p);
        String canonical = Cidrs.canonical(cidr);
        boolean v6 = Cidrs.isIpv6(canonical);
        return new RuleSpec(egress, p, all ? null : from, all ? null : to, v6 ? null : canonical, v6 ? canonical : null,
                null, null, desc);
    }

    /** Whether both allow the same traffic (the description does not count). */
    public boolean sameRuleAs(RuleSpec other) {
        return egress == other.egress && ipProtocol.equals(other.ipProtocol)
                && Objects.equals(fromPort, other.fromPort) && Objects.equals(toPort, other.toPort)
                && Objects.equals(cidrIpv4, other.cidrIpv4) && Objects.equals(cidrIpv6, other.cidrIpv6)
                && Objects.equals(referencedGroupId, other.referencedGroupId);
    }

    /** The source or destination as EC2 names it in messages. */
    public String peer() {
        return cidrIpv4 != null ? cidrIpv4 : cidrIpv6 != null ? cidrIpv6 : referencedGroupId;
    }
}
