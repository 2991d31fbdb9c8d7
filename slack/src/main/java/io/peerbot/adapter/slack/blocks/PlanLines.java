package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.plan.SidePlan;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A plan in words: one line per route table and per security group, and the counts that sum it up. */
final class PlanLines {
    /** One line stays readable on a phone; an odd route table with many blocks is cut, not the message. */
    static final int LINE = 280;

    private PlanLines() {
    }

    /** "• `rtb-…` → `10.1.0.0/16`, `2600:…/56`", one per route table, in plan order. */
    static List<String> routeTables(SidePlan side) {
        Map<String, List<Cidr>> byTable = new LinkedHashMap<>();
        for (RouteChange route : side.routes()) {
            byTable.computeIfAbsent(route.routeTableId(), k -> new ArrayList<>()).add(route.destination());
        }
        return byTable.entrySet().stream()
                .map(e -> Mrkdwn.truncate("• " + Mrkdwn.code(e.getKey()) + " → " + codes(e.getValue()), LINE))
                .toList();
    }

    /**
     * "• `sg-…` (name) — RDS billing-prod: `tcp:5432`, `icmp` from `10.1.0.0/16`", one per security group, in plan
     * order; a source group reads `account/sg-…`.
     */
    static List<String> groups(SidePlan side, Function<String, Optional<String>> groupName) {
        Map<String, Map<String, List<PortRange>>> byGroup = new LinkedHashMap<>();
        for (RuleChange rule : side.rules()) {
            byGroup.computeIfAbsent(rule.groupId(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rule.sourceText(), k -> new ArrayList<>()).add(rule.ports());
        }
        return byGroup.entrySet().stream()
                .map(e -> Mrkdwn.truncate("• " + Mrkdwn.code(e.getKey())
                        + groupName.apply(e.getKey()).map(n -> " (" + Mrkdwn.escape(n) + ")").orElse("")
                        + GroupTargetText.serves(side, e.getKey())
                        + ": " + portsFromSources(e.getValue()), LINE))
                .toList();
    }

    /** Sources with the same ports share a clause: "`tcp:5432`, `icmp` from `10.1.0.0/16`, `10.2.0.0/16`". */
    private static String portsFromSources(Map<String, List<PortRange>> portsBySource) {
        Map<List<PortRange>, List<String>> sourcesByPorts = new LinkedHashMap<>();
        portsBySource.forEach((source, ports) ->
                sourcesByPorts.computeIfAbsent(ports, k -> new ArrayList<>()).add(source));
        return sourcesByPorts.entrySet().stream()
                .map(e -> ports(e.getKey()) + " from " + e.getValue().stream().map(Mrkdwn::code)
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    static String ports(List<PortRange> ports) {
        return ports.stream().map(p -> Mrkdwn.code(p.toString())).collect(Collectors.joining(", "));
    }

    private static String codes(List<Cidr> blocks) {
        return blocks.stream().map(c -> Mrkdwn.code(c.toString())).collect(Collectors.joining(", "));
    }

    static long routeTableCount(Plan plan) {
        return Stream.of(plan.requester(), plan.accepter())
                .flatMap(s -> s.routes().stream().map(r -> s.vpcId() + "/" + r.routeTableId())).distinct().count();
    }

    static long groupCount(Plan plan) {
        return Stream.of(plan.requester(), plan.accepter())
                .flatMap(s -> s.rules().stream().map(r -> s.vpcId() + "/" + r.groupId())).distinct().count();
    }

    static long routeTableCount(SidePlan side) {
        return side.routes().stream().map(RouteChange::routeTableId).distinct().count();
    }

    static long groupCount(SidePlan side) {
        return side.rules().stream().map(RuleChange::groupId).distinct().count();
    }

    /** "6 routes in 6 route tables and 4 rules in 2 groups". */
    static String counts(Plan plan) {
        return plural(plan.routeCount(), "route") + " in " + plural(routeTableCount(plan), "route table")
                + " and " + plural(plan.ruleCount(), "rule") + " in " + plural(groupCount(plan), "group");
    }

    /** "Ports `tcp:5432` · all subnets · private DNS · connectivity test". */
    static String options(PeeringOptions options) {
        List<String> parts = new ArrayList<>();
        parts.add("Ports " + ports(options.ports()));
        parts.add(options.subnets().isEmpty() ? "all subnets"
                : "subnets " + options.subnets().stream().map(Mrkdwn::code).collect(Collectors.joining(", ")));
        parts.add(direction(options.targets()));
        parts.add(options.dns() ? "private DNS across the peering" : "no DNS change");
        parts.add(options.test() ? "connectivity test after" : "no connectivity test");
        return String.join(" · ", parts);
    }

    /** "one way (requester → accepter; icmp both ways)", "both ways", and the sources when they are groups. */
    private static String direction(RuleTargets targets) {
        String way = targets.bothWays() ? "both ways" : "one way (requester → accepter; `icmp` both ways)";
        return targets.sourceGroups() ? way + ", from the peer's security groups" : way;
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
