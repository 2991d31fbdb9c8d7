package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.ResourceTags;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.Subnet;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Works out the plan for peering two VPCs (pure: no I/O). For each side, every route table serving a
 * chosen subnet (explicit association, else the main table) gets a route to each of the peer's blocks
 * (IPv6 only when both sides have IPv6). Rules are one-way: the requester asks to reach the accepter, so the
 * accepter's groups ({@link GroupTargets}) get a rule per port from the requester's sources ({@link RuleSources});
 * the requester's groups get the mirror rules for icmp only (so ping works both ways), or for every port with
 * {@code --both-ways}.
 *
 * <p>{@code --subnets} narrows only the side whose subnets it lists. A listed subnet that exists in neither
 * VPC any more is never read as "every subnet": {@link #outcome} refuses with {@link PlanOutcome.SubnetsGone},
 * and {@link #plan} then plans nothing on either side. Routes come sorted by route table then block, rules by
 * group, then port as asked, then block. {@code icmp} means ICMP for IPv4, so it
 * is opened from the peer's IPv4 blocks only (a note says so when the peer has IPv6).
 */
public final class Planner {
    /** The plan, or a refusal when subnets listed in {@code --subnets} have gone from both VPCs. */
    public PlanOutcome outcome(VpcSnapshot requester, VpcSnapshot accepter, PeeringOptions options) {
        List<String> gone = goneSubnets(requester, accepter, options.subnets());
        if (!gone.isEmpty()) {
            return new PlanOutcome.SubnetsGone(gone);
        }
        return new PlanOutcome.Planned(
                new Plan(side(requester, accepter, options, Side.REQUESTER),
                        side(accepter, requester, options, Side.ACCEPTER), options));
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
        return new SidePlan(self.id(), self.location(), List.of(), List.of(), List.of(new PlanNote.SubnetsGone(gone)),
                List.of());
    }

    private static SidePlan side(VpcSnapshot self, VpcSnapshot peer, PeeringOptions options, Side which) {
        List<Subnet> subnets = chosenSubnets(self, options.subnets());
        List<Cidr> peerBlocks = peerBlocks(self, peer);

        List<RouteChange> routes = new ArrayList<>();
        subnets.stream().map(s -> self.routeTableOf(s.id())).flatMap(Optional::stream).map(RouteTable::id)
                .distinct().sorted()
                .forEach(table -> peerBlocks.forEach(block -> routes.add(new RouteChange(table, block))));

        List<PortRange> ports = portsOn(which, options);
        List<String> picked = options.targets().picked(which);
        List<GroupTarget> targets = GroupTargets.choose(self, subnets, picked, ports);
        RuleSources sources = sources(self, peer, options, which.other());
        List<RuleChange> rules = new ArrayList<>();
        for (GroupTarget target : targets) {
            target.ports().forEach(p -> rules.addAll(sources.rules(target.groupId(), p)));
        }
        List<PlanNote> notes = new ArrayList<>(notes(self, subnets, targets, sources, ports,
                GroupTargets.missing(self, picked)));
        notes.addAll(RouteImpactNotes.of(self, routes, options.overrideRoutes()));
        return new SidePlan(self.id(), self.location(), routes, rules, notes, targets);
    }

    /**
     * The ports this side opens. The requester asks to reach the accepter: the accepter opens every port asked for;
     * the requester only icmp (so ping works both ways), or every port with {@code --both-ways}.
     */
    private static List<PortRange> portsOn(Side which, PeeringOptions options) {
        if (which == Side.ACCEPTER || options.targets().bothWays()) {
            return options.ports();
        }
        return options.ports().stream().filter(p -> p.protocol() == Protocol.ICMP).toList();
    }

    /** The peer's sources for this side's rules: its groups with {@code --source-groups}, else its blocks. */
    private static RuleSources sources(VpcSnapshot self, VpcSnapshot peer, PeeringOptions options, Side peerSide) {
        List<Subnet> peerSubnets = peer.subnets().stream().filter(s -> options.subnets().contains(s.id())).toList();
        List<String> peerGroups = List.of();
        // across regions a rule cannot name a group of the peer; the request is refused before it gets here
        if (options.targets().sourceGroups() && self.location().region().equals(peer.location().region())) {
            peerGroups = GroupTargets.sourceGroups(peer, peerSubnets.isEmpty() ? peer.subnets() : peerSubnets,
                    options.targets().picked(peerSide));
        }
        return RuleSources.of(self, peer, peerSubnets, peerGroups);
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

    private static List<PlanNote> notes(VpcSnapshot self, List<Subnet> subnets, List<GroupTarget> targets,
                                      RuleSources sources, List<PortRange> ports, List<String> missingPicked) {
        List<PlanNote> notes = new ArrayList<>();
        if (subnets.isEmpty()) {
            notes.add(new PlanNote.NoSubnets(self.id()));
        }
        if (!missingPicked.isEmpty()) {
            notes.add(new PlanNote.PickedGroupsGone(self.id(), missingPicked));
        }
        if (targets.isEmpty() && !ports.isEmpty()) {
            notes.add(new PlanNote.NoGroupToOpen(self.id(), ResourceTags.GROUP));
        }
        if (!targets.isEmpty() && ports.contains(PortRange.ICMP) && sources.anyIpv6()) {
            notes.add(new PlanNote.IcmpOverIpv4Only());
        }
        return notes;
    }
}
