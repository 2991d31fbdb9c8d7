package io.peerbot.domain.validation;

import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.plan.SidePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Whether what exists plus what the plan adds stays within EC2's quotas. EC2 counts security-group
 * rules separately for IPv4 and IPv6, and a rule that references a group counts towards both.
 */
final class QuotaCheck {
    private static final Set<PeeringStatus> PENDING =
            Set.of(PeeringStatus.INITIATING_REQUEST, PeeringStatus.PENDING_ACCEPTANCE, PeeringStatus.PROVISIONING);

    private final Quotas quotas;

    QuotaCheck(Quotas quotas) {
        this.quotas = quotas;
    }

    /** The new peering will be pending, then active, in this VPC. */
    List<Rejection> peerings(String vpcId, List<PeeringConnection> existing) {
        List<PeeringConnection> mine = existing.stream()
                .filter(p -> p.requester().vpcId().equals(vpcId) || p.accepter().vpcId().equals(vpcId)).toList();
        long active = mine.stream().filter(p -> p.status() == PeeringStatus.ACTIVE).count();
        long pending = mine.stream().filter(p -> PENDING.contains(p.status())).count();
        List<Rejection> rejections = new ArrayList<>();
        over("active peering connections", vpcId, quotas.activePeeringsPerVpc(), (int) active, 1, rejections);
        over("pending peering connections", vpcId, quotas.pendingPeeringsPerVpc(), (int) pending, 1, rejections);
        return rejections;
    }

    List<Rejection> routes(VpcSnapshot vpc, SidePlan plan) {
        Map<String, Long> needed = plan.routes().stream()
                .collect(Collectors.groupingBy(RouteChange::routeTableId, TreeMap::new, Collectors.counting()));
        List<Rejection> rejections = new ArrayList<>();
        needed.forEach((table, count) -> over("routes", table, quotas.routesPerTable(),
                vpc.routeTable(table).map(t -> t.routes().size()).orElse(0), count.intValue(), rejections));
        return rejections;
    }

    List<Rejection> rules(VpcSnapshot vpc, SidePlan plan) {
        Map<String, List<RuleChange>> byGroup = plan.rules().stream()
                .collect(Collectors.groupingBy(RuleChange::groupId, TreeMap::new, Collectors.toList()));
        List<Rejection> rejections = new ArrayList<>();
        byGroup.forEach((group, changes) -> {
            List<SecurityRule> ingress = vpc.securityGroup(group).map(SecurityGroup::ingress).orElse(List.of());
            for (boolean ipv6 : new boolean[] {false, true}) {
                long inUse = ingress.stream().filter(r -> r.cidr() == null || r.cidr().ipv6() == ipv6).count();
                // a rule from a group counts against both the IPv4 and the IPv6 quota, as AWS counts it
                long adding = changes.stream().filter(c -> c.fromGroup() || c.source().ipv6() == ipv6).count();
                if (adding > 0) {
                    over("inbound " + (ipv6 ? "IPv6" : "IPv4") + " rules", group, quotas.rulesPerGroup(),
                            (int) inUse, (int) adding, rejections);
                }
            }
        });
        return rejections;
    }

    private static void over(String quota, String resource, int limit, int inUse, int needed, List<Rejection> out) {
        if (inUse + needed > limit) {
            out.add(new Rejection.QuotaReached(quota, resource, limit, inUse, needed));
        }
    }
}
