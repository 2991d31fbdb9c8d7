package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.AclEntry;
import io.peerbot.domain.network.NetworkAcl;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Whether a network ACL lets traffic through one way, as EC2 evaluates it: entries of that direction in
 * ascending rule number, the first that matches a packet decides, and the final {@code *} rule denies
 * whatever no entry allowed. A port range is let through only when every port of it is.
 */
final class AclCheck {
    /** EC2's final rule, shown as {@code *}. */
    private static final int DEFAULT_RULE = 32767;

    private AclCheck() {
    }

    /** The ACL a subnet uses: the one it is associated with, else the VPC's default ACL. */
    static Optional<NetworkAcl> aclOf(VpcSnapshot vpc, String subnetId) {
        return vpc.networkAcls().stream().filter(a -> a.subnetIds().contains(subnetId)).findFirst()
                .or(() -> vpc.networkAcls().stream().filter(NetworkAcl::isDefault).findFirst());
    }

    /**
     * @param peer    the address at the other end (source for inbound, destination for outbound)
     * @param network how to name the other end in the message ("10.0.0.0/16")
     * @param reply   whether this is the answer (for ICMP: the echo reply rather than the request)
     * @param purpose appended to the message, e.g. " (return traffic of tcp:5432)"; empty for none
     */
    static Optional<Obstacle> check(NetworkAcl acl, boolean egress, PortRange traffic, boolean reply, String peer,
                                    String network, String purpose) {
        List<AclEntry> entries = acl.entries().stream().filter(e -> e.egress() == egress)
                .sorted(Comparator.comparingInt(AclEntry::ruleNumber)).toList();
        String way = egress ? "outbound to " : "inbound from ";
        PortSpan remaining = PortSpan.ofTraffic(traffic, reply);
        for (AclEntry entry : entries) {
            if (!protocolMatches(entry.ports().protocol(), traffic.protocol()) || !entry.cidr().contains(peer)) {
                continue;
            }
            PortSpan hit = remaining.intersect(PortSpan.ofRule(entry.ports()));
            if (hit.isEmpty()) {
                continue;
            }
            if (!entry.allow()) {
                if (entry.ruleNumber() >= DEFAULT_RULE) {
                    break;
                }
                return Optional.of(new Obstacle(Hop.NETWORK_ACL, acl.id(), acl.id() + " rule " + entry.ruleNumber()
                        + " denies " + label(traffic, hit) + " " + way + entry.cidr() + purpose));
            }
            remaining = remaining.minus(hit);
            if (remaining.isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.of(new Obstacle(Hop.NETWORK_ACL, acl.id(), acl.id() + " denies " + label(traffic, remaining)
                + " " + way + network + purpose + ": no rule allows it before the default rule *"));
    }

    private static boolean protocolMatches(Protocol rule, Protocol traffic) {
        return rule == Protocol.ALL || rule == traffic;
    }

    private static String label(PortRange traffic, PortSpan ports) {
        return traffic.hasPorts() ? traffic.protocol().label() + ":" + ports.describe() : traffic.protocol().label();
    }
}
