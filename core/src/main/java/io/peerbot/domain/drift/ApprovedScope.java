package io.peerbot.domain.drift;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.plan.SidePlan;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the owners approved a peering to reach, per side: the route tables that route to the peer, the security
 * groups that let it in, and the peer's blocks they cover. A route or rule inside it that is gone was deleted by
 * someone (a repair restores it); one outside it is growth (a new table, group or block), which needs both sides'
 * consent. Widened by every change that adds routes or rules once it is done.
 */
public record ApprovedScope(SideScope requester, SideScope accepter) {
    public static final ApprovedScope NONE = new ApprovedScope(SideScope.EMPTY, SideScope.EMPTY);

    /** One side's part. */
    public record SideScope(Set<String> tables, Set<String> groups, Set<Cidr> peerBlocks) {
        public static final SideScope EMPTY = new SideScope(Set.of(), Set.of(), Set.of());

        public SideScope {
            tables = Set.copyOf(new TreeSet<>(tables));
            groups = Set.copyOf(new TreeSet<>(groups));
            peerBlocks = Set.copyOf(peerBlocks);
        }

        public boolean covers(RouteChange route) {
            return tables.contains(route.routeTableId()) && peerBlocks.contains(route.destination());
        }

        public boolean covers(RuleChange rule) {
            // a rule from a peer's group (--source-groups) is in scope with its group; a block's needs its block too
            return groups.contains(rule.groupId()) && (rule.fromGroup() || peerBlocks.contains(rule.source()));
        }

        public boolean isEmpty() {
            return tables.isEmpty() && groups.isEmpty() && peerBlocks.isEmpty();
        }

        SideScope with(SidePlan plan) {
            Set<String> t = new TreeSet<>(tables);
            Set<String> g = new TreeSet<>(groups);
            Set<Cidr> b = new TreeSet<>(peerBlocks);
            plan.routes().forEach(r -> {
                t.add(r.routeTableId());
                b.add(r.destination());
            });
            plan.rules().forEach(r -> {
                g.add(r.groupId());
                if (!r.fromGroup()) {
                    b.add(r.source());
                }
            });
            return new SideScope(t, g, b);
        }
    }

    public SideScope side(Side side) {
        return side == Side.REQUESTER ? requester : accepter;
    }

    /** Nothing recorded yet: a peering made before the scope was kept. */
    public boolean isEmpty() {
        return requester.isEmpty() && accepter.isEmpty();
    }

    /** This scope and everything {@code approved} adds. */
    public ApprovedScope widenedBy(Plan approved) {
        return new ApprovedScope(requester.with(approved.requester()), accepter.with(approved.accepter()));
    }
}
