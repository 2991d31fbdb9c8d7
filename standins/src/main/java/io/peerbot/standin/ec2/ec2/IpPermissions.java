package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.model.Cidrs;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code IpPermissions.N} (with {@code IpRanges}, {@code Ipv6Ranges}, {@code Groups}) into one rule per
 * source, validated as EC2 validates them.
 */
final class IpPermissions {
    private static final Set<String> NAMED = Set.of("tcp", "udp", "icmp", "icmpv6", "-1");
    private static final Pattern DESCRIPTION = Pattern.compile("[a-zA-Z0-9. _\\-:/()#,@\\[\\]+=&;{}!$*]{0,255}");

    private IpPermissions() {
    }

    static List<RuleSpec> read(Ec2Call call, boolean egress) {
        List<RuleSpec> specs = new ArrayList<>();
        for (Ec2Params permission : call.params().members("IpPermissions")) {
            specs.addAll(permission(call, permission, egress));
        }
        String legacyCidr = call.params().get("CidrIp");
        if (legacyCidr != null) {
            String protocol = protocol(call.params().required("IpProtocol"));
            Integer[] ports = ports(protocol, call.params().integer("FromPort"), call.params().integer("ToPort"));
            specs.add(new RuleSpec(egress, protocol, ports[0], ports[1], ipv4(legacyCidr), null, null, null, null));
        }
        if (specs.isEmpty()) {
            throw Ec2Errors.missing("IpPermissions");
        }
        return specs;
    }

    private static List<RuleSpec> permission(Ec2Call call, Ec2Params p, boolean egress) {
        String protocol = protocol(p.required("IpProtocol"));
        Integer[] ports = ports(protocol, p.integer("FromPort"), p.integer("ToPort"));
        List<RuleSpec> specs = new ArrayList<>();
        for (Ec2Params range : p.members("IpRanges")) {
            specs.add(new RuleSpec(egress, protocol, ports[0], ports[1], ipv4(range.required("CidrIp")), null, null,
                    null, description(range)));
        }
        for (Ec2Params range : p.members("Ipv6Ranges")) {
            specs.add(new RuleSpec(egress, protocol, ports[0], ports[1], null, ipv6(range.required("CidrIpv6")), null,
                    null, description(range)));
        }
        for (Ec2Params pair : p.members("Groups")) {
            StoredSecurityGroup referenced = referencedGroup(call, pair.required("GroupId"), pair.get("UserId"));
            specs.add(new RuleSpec(egress, protocol, ports[0], ports[1], null, null, referenced.id(),
                    referenced.ownerId(), description(pair)));
        }
        if (!p.members("PrefixListIds").isEmpty()) {
            throw Ec2Errors.invalid("The stand-in does not support prefix list rules");
        }
        if (specs.isEmpty()) {
            throw Ec2Errors.missing("IpRanges, Ipv6Ranges or Groups");
        }
        return specs;
    }

    /** A group in the caller's region: the caller's own, or a peer account's when {@code UserId} names it. */
    private static StoredSecurityGroup referencedGroup(Ec2Call call, String groupId, String userId) {
        return call.here().findSecurityGroup(groupId)
                .or(() -> userId == null ? Optional.empty()
                        : call.world().region(userId, call.region()).findSecurityGroup(groupId))
                .orElseThrow(() -> Ec2Errors.notFound(groupId));
    }

    private static String protocol(String given) {
        String protocol = RuleSpec.normalizeProtocol(given);
        if (NAMED.contains(protocol)) {
            return protocol;
        }
        try {
            int number = Integer.parseInt(protocol);
            if (number >= 0 && number <= 255) {
                return protocol;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        throw Ec2Errors.invalid("Invalid value '" + given + "' for IP protocol. Unknown protocol.");
    }

    private static Integer[] ports(String protocol, Integer from, Integer to) {
        switch (protocol) {
            case "tcp", "udp" -> {
                if (from == null || to == null) {
                    throw Ec2Errors.invalid("Invalid value 'Must specify both from and to ports with TCP/UDP.' "
                            + "for portRange");
                }
                if (from < 0 || to > 65535 || from > to) {
                    throw Ec2Errors.invalid("Invalid value '" + from + "-" + to + "' for portRange");
                }
                return new Integer[] {from, to};
            }
            case "icmp", "icmpv6" -> {
                return new Integer[] {from == null ? -1 : from, to == null ? -1 : to};
            }
            default -> {
                return new Integer[] {null, null};
            }
        }
    }

    private static String ipv4(String cidr) {
        if (!Cidrs.isIpv4(cidr)) {
            throw Ec2Errors.invalid("CIDR block " + cidr + " is malformed");
        }
        return Cidrs.canonical(cidr);
    }

    private static String ipv6(String cidr) {
        if (!Cidrs.isIpv6(cidr)) {
            throw Ec2Errors.invalid("CIDR block " + cidr + " is malformed");
        }
        return Cidrs.canonical(cidr);
    }

    private static String description(Ec2Params p) {
        String description = p.get("Description");
        if (description != null && !DESCRIPTION.matcher(description).matches()) {
            throw Ec2Errors.invalid("Invalid rule description. Valid descriptions are strings less than 256 "
                    + "characters from the following set:  a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*");
        }
        return description;
    }
}
