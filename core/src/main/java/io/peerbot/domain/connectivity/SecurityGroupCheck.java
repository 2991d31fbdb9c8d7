package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an instance's security groups let traffic out (egress) or in (ingress). Groups are stateful, so
 * only the first packet's direction counts. A rule admits when its protocol and ports cover the traffic and
 * its CIDR holds the peer's address, or it references one of the peer's groups — which works across a
 * peering only within one region.
 */
final class SecurityGroupCheck {
    private SecurityGroupCheck() {
    }

    /**
     * @param self       the instance whose groups are checked
     * @param peer       the instance at the other end
     * @param sameRegion whether both VPCs are in one region (group references apply)
     */
    static Optional<Obstacle> check(PathEnd self, PathEnd peer, boolean egress, PortRange traffic,
                                    boolean sameRegion) {
        List<SecurityGroup> groups = self.instance().securityGroupIds().stream()
                .flatMap(id -> self.vpc().securityGroup(id).stream()).toList();
        PortSpan allowed = PortSpan.empty();
        Set<String> inapplicableReferences = new LinkedHashSet<>();
        for (SecurityGroup group : groups) {
            for (SecurityRule rule : egress ? group.egress() : group.ingress()) {
                if (!protocolMatches(rule.ports().protocol(), traffic.protocol())) {
                    continue;
                }
                boolean referencesPeer = rule.sourceGroupId() != null
                        && peer.instance().securityGroupIds().contains(rule.sourceGroupId());
                if (referencesPeer && !sameRegion) {
                    inapplicableReferences.add(rule.sourceGroupId());
                    continue;
                }
                boolean cidrHoldsPeer = rule.cidr() != null && rule.cidr().contains(peer.ip());
                if (cidrHoldsPeer || referencesPeer) {
                    allowed = allowed.union(PortSpan.ofRule(rule.ports()));
                }
            }
        }
        PortSpan wanted = PortSpan.ofTraffic(traffic, false);
        if (allowed.covers(wanted)) {
            return Optional.empty();
        }
        List<String> ids = groups.isEmpty() ? self.instance().securityGroupIds()
                : groups.stream().map(SecurityGroup::id).toList();
        String names = joined(ids.isEmpty() ? List.of(self.instance().id() + "'s groups") : ids);
        String verb = ids.size() > 1 ? " allow no " : " allows no ";
        String missing = traffic.hasPorts()
                ? traffic.protocol().label() + ":" + wanted.minus(allowed).describe()
                : traffic.protocol().label();
        String way = egress ? " out to " : " from ";
        StringBuilder reason = new StringBuilder(names + verb + missing + way + peer.addressInNetwork());
        if (!inapplicableReferences.isEmpty()) {
            reason.append("; ")
                    .append(inapplicableReferences.size() > 1 ? "rules referencing " : "its rule referencing ")
                    .append(joined(List.copyOf(inapplicableReferences)))
                    .append(" do").append(inapplicableReferences.size() > 1 ? "" : "es")
                    .append(" not apply across regions");
        }
        return Optional.of(new Obstacle(Hop.SECURITY_GROUP, String.join(",", ids), reason.toString()));
    }

    private static boolean protocolMatches(Protocol rule, Protocol traffic) {
        return rule == Protocol.ALL || rule == traffic;
    }

    private static String joined(List<String> ids) {
        if (ids.size() <= 1) {
            return String.join("", ids);
        }
        List<String> head = new ArrayList<>(ids.subList(0, ids.size() - 1));
        return String.join(", ", head) + " and " + ids.get(ids.size() - 1);
    }
}
