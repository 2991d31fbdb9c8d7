package io.peerbot.domain.plan;

import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Works out what to take away from two peered VPCs (pure: no I/O), touching only what belongs to the
 * peering: routes whose target is the peering connection, and ingress rules peerbot made for it
 * ({@link PeerbotRules#madeFor}). A route to the same block through anything else, or a rule a person
 * added, is never in a removal. Routes come sorted by route table then destination; rules by group, ports, then source.
 */
public final class Remover {

    /** Everything the peering has in both VPCs: for {@code /peer delete}. */
    public Removal teardown(VpcSnapshot requester, VpcSnapshot accepter, String pcxId) {
        return new Removal(side(requester, pcxId, true, rule -> true),
                side(accepter, pcxId, true, rule -> true));
    }

    /** Peerbot's rules for exactly these ports, no route: for {@code /peer close}. */
    public Removal closing(VpcSnapshot requester, VpcSnapshot accepter, String pcxId, List<PortRange> ports) {
        Predicate<SecurityRule> closed = rule -> ports.contains(rule.ports());
        return new Removal(side(requester, pcxId, false, closed), side(accepter, pcxId, false, closed));
    }

    private static SideRemoval side(VpcSnapshot vpc, String pcxId, boolean routes, Predicate<SecurityRule> which) {
        List<RouteChange> gone = new ArrayList<>();
        if (routes) {
            for (RouteTable table : vpc.routeTables()) {
                table.routes().stream().filter(r -> r.via(pcxId))
                        .forEach(r -> gone.add(new RouteChange(table.id(), r.destination())));
            }
            gone.sort(Comparator.comparing(RouteChange::routeTableId).thenComparing(RouteChange::destination));
        }
        List<RuleRemoval> rules = new ArrayList<>();
        for (SecurityGroup group : vpc.securityGroups()) {
            group.ingress().stream().filter(r -> PeerbotRules.madeFor(r, pcxId)).filter(which)
                    .forEach(r -> rules.add(new RuleRemoval(group.id(), r.ruleId(), r.ports(), r.cidr())));
        }
        rules.sort(Comparator.comparing(RuleRemoval::groupId).thenComparing(r -> r.ports().toString())
                .thenComparing(r -> String.valueOf(r.source())).thenComparing(RuleRemoval::ruleId));
        return new SideRemoval(vpc.id(), vpc.location(), gone, rules);
    }
}
