package io.peerbot.domain.validation;

import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.RouteTable;
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
 * Whether what exists plus what the plan adds stays within EC2's quotas, counted with AWS's scopes. EC2 counts
 * security-group rules separately for IPv4 and IPv6, and a rule that references a group counts towards both.
 */
final class QuotaCheck {
    private static final Set<PeeringStatus> PENDING =
            Set.of(PeeringStatus.INITIATING_REQUEST, PeeringStatus.PENDING_ACCEPTANCE, PeeringStatus.PROVISIONING);

    private final Quotas quotas;

    QuotaCheck(Quotas quotas) {
        this.quotas = quotas;
    }

    /** The new peering will be active in this VPC: AWS counts active peering connections per VPC. */
    List<Rejection> activePeerings(String vpcId, List<PeeringConnection> existing) {
        long active = existing.stream()
                .filter(p -> p.requester().vpcId().equals(vpcId) || p.accepter().vpcId().equals(vpcId))
                .filter(p -> p.status() == PeeringStatus.ACTIVE).count();
        List<Rejection> rejections = new ArrayList<>();
        over("active peering connections", vpcId, quotas.activePeeringsPerVpc(), (int) active, 1, rejections);
        return rejections;
    }

    /**
     * The new request will be outstanding until accepted: AWS counts the requests an account has made that await
     * acceptance, whatever VPCs they name.
     */
    List<Rejection> outstandingRequests(String requesterAccount, List<PeeringConnection> outstandingMade) {
        return outstandingRequests(requesterAccount, outstandingMade, 0);
    }

    /** @param unseen requests known to be made that EC2 does not show yet, each counted as outstanding */
    List<Rejection> outstandingRequests(String requesterAccount, List<PeeringConnection> outstandingMade, int unseen) {
        long pending = outstandingMade.stream().filter(p -> PENDING.contains(p.status())).map(PeeringConnection::id)
                .distinct().count() + unseen;
        List<Rejection> rejections = new ArrayList<>();
        over("outstanding peering requests", requesterAccount, quotas.outstandingRequestsPerAccount(), (int) pending,
                1, rejections);
        return rejections;
    }

    /** AWS counts a table's non-propagated routes, IPv4 and IPv6 apart. */
    List<Rejection> routes(VpcSnapshot vpc, SidePlan plan) {
        Map<String, List<RouteChange>> byTable = plan.routes().stream()
                .collect(Collectors.groupingBy(RouteChange::routeTableId, TreeMap::new, Collectors.toList()));
        List<Rejection> rejections = new ArrayList<>();
        byTable.forEach((table, changes) -> {
            List<Route> routes = vpc.routeTable(table).map(RouteTable::routes).orElse(List.of());
            for (boolean ipv6 : new boolean[] {false, true}) {
                long adding = changes.stream().filter(c -> c.destination().ipv6() == ipv6).count();
                if (adding > 0) {
                    long inUse = routes.stream()
                            .filter(r -> !r.propagated() && r.destination().ipv6() == ipv6).count();
                    over((ipv6 ? "IPv6" : "IPv4") + " routes", table, quotas.routesPerTable(), (int) inUse,
                            (int) adding, rejections);
                }
            }
        });
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
