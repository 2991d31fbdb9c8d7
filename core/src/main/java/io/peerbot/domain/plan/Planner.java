package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Instance;
import io.peerbot.domain.network.ResourceTags;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.Subnet;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the plan for peering two VPCs (pure: no I/O). For each side, every route table serving a
 * chosen subnet (explicit association, else the main table) gets a route to each of the peer's blocks
 * (IPv6 only when both sides have IPv6); the security groups of the instances in those subnets, or the
 * groups tagged {@code peerbot:group} when there are any, get an ingress rule per port from each peer block.
 *
 * <p>{@code --subnets} narrows only the side whose subnets it lists. A listed subnet that exists in neither
 * VPC any more is never read as "every subnet": {@link #outcome} refuses with {@link PlanOutcome.SubnetsGone},
 * and {@link #plan} then plans nothing on either side. Routes come sorted by route table then block, rules by
 * group, then port as asked, then block. {@code icmp} means ICMP for IPv4, so it
 * is opened from the peer's IPv4 blocks only (a note says so when the peer has IPv6).
 */
public final class Planner {
    private static final Set<String> GONE = Set.of("terminated", "shutting-down");

    /** The plan, or a refusal when subnets listed in {@code --subnets} have gone from both VPCs. */
    public PlanOutcome outcome(VpcSnapshot requester, VpcSnapshot accepter, PeeringOptions options) {
        List<String> gone = goneSubnets(requester, accepter, options.subnets());
        if (!gone.isEmpty()) {
            return new PlanOutcome.SubnetsGone(gone);
        }
        return new PlanOutcome.Planned(
                new Plan(side(requester, accepter, options), side(accepter, requester, options), options));
    }

    /**
     * The plan; when subnets listed in {@code --subnets} have gone, a plan that changes nothing, whose notes say
     * which subnets are missing (callers that can refuse should use {@link #outcome}).
     */
    public Plan plan(VpcSnapshot requester, VpcSnapshot accepter, PeeringOptions options) {
        PlanOutcome outcome = outcome(requester, accepter, options);
        if (outcome instanceof PlanOutcome.Planned planned) {
            return planned.plan();
        }
        List<String> gone = ((PlanOutcome.SubnetsGone) outcome).subnetIds();
        return new Plan(nothing(requester, gone), nothing(accepter, gone), options);
    }

    private static List<String> goneSubnets(VpcSnapshot requester, VpcSnapshot accepter, List<String> listed) {
        return listed.stream().distinct()
                .filter(id -> requester.subnets().stream().noneMatch(s -> s.id().equals(id))
                        && accepter.subnets().stream().noneMatch(s -> s.id().equals(id)))
                .toList();
    }

    private static SidePlan nothing(VpcSnapshot self, List<String> gone) {
        return new SidePlan(self.id(), self.location(), List.of(), List.of(), List.of(new PlanNote.SubnetsGone(gone)));
    }

    private static SidePlan side(VpcSnapshot self, VpcSnapshot peer, PeeringOptions options) {
        List<Subnet> subnets = chosenSubnets(self, options.subnets());
        List<Cidr> peerBlocks = peerBlocks(self, peer);

        List<RouteChange> routes = new ArrayList<>();
        subnets.stream().map(s -> self.routeTableOf(s.id())).flatMap(Optional::stream).map(RouteTable::id)
                .distinct().sorted()
                .forEach(table -> peerBlocks.forEach(block -> routes.add(new RouteChange(table, block))));

        List<String> groups = groups(self, subnets);
        List<RuleChange> rules = new ArrayList<>();
        for (String group : groups) {
            for (PortRange ports : options.ports()) {
                peerBlocks.stream().filter(block -> !(block.ipv6() && ports.protocol() == Protocol.ICMP))
                        .forEach(block -> rules.add(new RuleChange(group, ports, block)));
            }
        }
        List<PlanNote> notes = new ArrayList<>(notes(self, subnets, groups, peerBlocks, options.ports()));
        notes.addAll(RouteImpactNotes.of(self, routes, options.overrideRoutes()));
        return new SidePlan(self.id(), self.location(), routes, rules, notes);
    }

    /** Every IPv4 block of the peer, and its IPv6 blocks when this side has IPv6 too. */
    private static List<Cidr> peerBlocks(VpcSnapshot self, VpcSnapshot peer) {
        List<Cidr> blocks = new ArrayList<>(peer.ipv4Blocks());
        if (!self.ipv6Blocks().isEmpty()) {
            blocks.addAll(peer.ipv6Blocks());
        }
        return blocks.stream().distinct().sorted().toList();
    }

    /**
     * The listed subnets on this side, or every subnet when the list names none here (it narrows the other side,
     * or is empty). Only called once {@link #outcome} has found every listed subnet in one of the two VPCs.
     */
    private static List<Subnet> chosenSubnets(VpcSnapshot self, List<String> listed) {
        List<Subnet> chosen = self.subnets().stream().filter(s -> listed.contains(s.id())).toList();
        return chosen.isEmpty() ? self.subnets() : chosen;
    }

    private static List<String> groups(VpcSnapshot self, List<Subnet> subnets) {
        List<String> tagged = self.securityGroups().stream().filter(g -> g.tags().containsKey(ResourceTags.GROUP))
                .map(SecurityGroup::id).sorted().toList();
        if (!tagged.isEmpty()) {
            return tagged;
        }
        List<String> subnetIds = subnets.stream().map(Subnet::id).toList();
        return self.instances().stream()
                .filter(i -> subnetIds.contains(i.subnetId()) && !GONE.contains(i.state()))
                .map(Instance::securityGroupIds).flatMap(List::stream).distinct().sorted().toList();
    }

    private static List<PlanNote> notes(VpcSnapshot self, List<Subnet> subnets, List<String> groups,
                                      List<Cidr> peerBlocks, List<PortRange> ports) {
        List<PlanNote> notes = new ArrayList<>();
        if (subnets.isEmpty()) {
            notes.add(new PlanNote.NoSubnets(self.id()));
        }
        if (groups.isEmpty()) {
            notes.add(new PlanNote.NoGroupToOpen(self.id(), ResourceTags.GROUP));
        }
        if (!groups.isEmpty() && ports.contains(PortRange.ICMP) && peerBlocks.stream().anyMatch(Cidr::ipv6)) {
            notes.add(new PlanNote.IcmpOverIpv4Only());
        }
        return notes;
    }
}
