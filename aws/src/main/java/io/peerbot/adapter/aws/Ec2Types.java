package io.peerbot.adapter.aws;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/** Small conversions between EC2's wire types and the domain's: tags, filters, protocols and ports. */
final class Ec2Types {
    private Ec2Types() {
    }

    static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Tag tag : tags) {
            map.put(tag.key(), tag.value() == null ? "" : tag.value());
        }
        return map;
    }

    static List<Tag> sdkTags(Map<String, String> tags) {
        return tags.entrySet().stream().map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build()).toList();
    }

    static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }

    static Filter filter(String name, List<String> values) {
        return Filter.builder().name(name).values(values).build();
    }

    /** A protocol as EC2 spells it in rules and ACL entries (a name or an IANA number) in domain terms. */
    static Optional<PortRange> portRange(String protocol, Integer from, Integer to) {
        int low = from == null ? -1 : from;
        int high = to == null ? -1 : to;
        return switch (protocol == null ? "" : protocol.toLowerCase()) {
            case "-1", "all" -> Optional.of(PortRange.ALL_TRAFFIC);
            case "tcp", "6" -> Optional.of(new PortRange(Protocol.TCP, low, high));
            case "udp", "17" -> Optional.of(new PortRange(Protocol.UDP, low, high));
            // ICMPv6 is what "icmp" means for an IPv6 peer (ping6); see ipProtocol.
            case "icmp", "1", "icmpv6", "58" -> Optional.of(low == -1 ? PortRange.ICMP
                    : new PortRange(Protocol.ICMP, low, high));
            default -> Optional.empty();
        };
    }

    /** EC2's {@code IpProtocol} for these ports from this source. */
    static String ipProtocol(PortRange ports, Cidr source) {
        return switch (ports.protocol()) {
            case TCP -> "tcp";
            case UDP -> "udp";
            // Ping over IPv6 is ICMPv6, a protocol of its own in EC2; plain "icmp" would not let it through.
            case ICMP -> source.ipv6() ? "58" : "icmp";
            case ALL -> "-1";
        };
    }

    /** One ingress permission: the rule's ports from its block or its group (account and id), with a description. */
    static IpPermission permission(RuleChange rule, String description) {
        if (!rule.fromGroup()) {
            return permission(rule.ports(), rule.source(), description);
        }
        PortRange ports = rule.ports();
        IpPermission.Builder permission = IpPermission.builder().ipProtocol(switch (ports.protocol()) {
            case TCP -> "tcp";
            case UDP -> "udp";
            case ICMP -> "icmp";
            case ALL -> "-1";
        });
        if (ports.protocol() != Protocol.ALL) {
            permission.fromPort(ports.from()).toPort(ports.to());
        }
        return permission.userIdGroupPairs(UserIdGroupPair.builder().userId(rule.sourceGroup().account())
                .groupId(rule.sourceGroup().groupId()).description(description).build()).build();
    }

    /** One ingress permission: these ports from this block, with a description. */
    static IpPermission permission(PortRange ports, Cidr source, String description) {
        IpPermission.Builder permission = IpPermission.builder().ipProtocol(ipProtocol(ports, source));
        if (ports.protocol() != Protocol.ALL) {
            permission.fromPort(ports.from()).toPort(ports.to());
        }
        if (source.ipv6()) {
            permission.ipv6Ranges(Ipv6Range.builder().cidrIpv6(source.toString()).description(description).build());
        } else {
            permission.ipRanges(IpRange.builder().cidrIp(source.toString()).description(description).build());
        }
        return permission.build();
    }

    static Optional<Cidr> cidr(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(Cidr.parse(text));
    }
}
