package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import io.peerbot.standin.ec2.model.World;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * DescribeStaleSecurityGroups: the groups of a VPC with rules that reference a group of another VPC that is no
 * longer reachable — no active peering connects the two VPCs any more, or the group is gone. Only those stale rules
 * are listed, per direction, each naming the referenced group and the last peering that connected them.
 */
final class StaleGroupActions {
    private StaleGroupActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeStaleSecurityGroups", StaleGroupActions::describe);
    }

    /** A rule whose referenced group cannot be reached, with what EC2 says about that group. */
    private record Stale(StoredSecurityGroupRule rule, String vpcId, String userId, Optional<StoredPeeringConnection> via) {
    }

    private static void describe(Ec2Call call, Xml out) {
        String vpcId = call.vpc(call.params().required("VpcId")).id();
        World world = call.world();
        List<StoredSecurityGroup> groups = call.here().securityGroups().stream()
                .filter(g -> g.vpcId().equals(vpcId))
                .filter(g -> g.rules().stream().anyMatch(r -> stale(world, vpcId, r).isPresent())).toList();
        Page<StoredSecurityGroup> page = Page.of(groups, call.params(), 255);
        out.list("staleSecurityGroupSet", page.items(), (x, g) -> {
            x.value("groupId", g.id()).value("groupName", g.groupName()).value("vpcId", g.vpcId())
                    .value("description", g.description());
            x.list("staleIpPermissions", staleOf(world, vpcId, g.ingressRules()), StaleGroupActions::permission);
            x.list("staleIpPermissionsEgress", staleOf(world, vpcId, g.egressRules()), StaleGroupActions::permission);
        });
        out.value("nextToken", page.nextToken());
    }

    private static List<Stale> staleOf(World world, String vpcId, List<StoredSecurityGroupRule> rules) {
        return rules.stream().map(r -> stale(world, vpcId, r)).flatMap(Optional::stream).toList();
    }

    private static void permission(Xml x, Stale stale) {
        RuleSpec spec = stale.rule().spec();
        x.value("ipProtocol", spec.ipProtocol()).value("fromPort", spec.fromPort()).value("toPort", spec.toPort());
        x.list("groups", List.of(stale), (g, s) -> g.value("groupId", spec.referencedGroupId())
                .value("userId", s.userId()).value("vpcId", s.vpcId())
                .value("vpcPeeringConnectionId", s.via().map(StoredPeeringConnection::id).orElse(null))
                .value("peeringStatus", s.via().map(p -> p.status().code()).orElse(null)));
    }

    /** The rule, when it references a group of another VPC that no active peering reaches (or that is gone). */
    private static Optional<Stale> stale(World world, String vpcId, StoredSecurityGroupRule rule) {
        String referenced = rule.spec().referencedGroupId();
        if (referenced == null) {
            return Optional.empty();
        }
        Optional<StoredSecurityGroup> group = findGroup(world, referenced);
        if (group.isPresent() && group.get().vpcId().equals(vpcId)) {
            return Optional.empty();
        }
        String peerVpc = group.map(StoredSecurityGroup::vpcId).orElse(null);
        List<StoredPeeringConnection> between = world.peerings().stream()
                .filter(p -> peerVpc != null && connects(p, vpcId, peerVpc)).toList();
        if (group.isPresent() && between.stream().anyMatch(p -> p.status() == StoredPeeringConnection.Status.ACTIVE)) {
            return Optional.empty();
        }
        String user = Optional.ofNullable(rule.spec().referencedUserId()).orElse(group.map(StoredSecurityGroup::ownerId)
                .orElse(null));
        return Optional.of(new Stale(rule, peerVpc, user,
                between.isEmpty() ? Optional.empty() : Optional.of(between.get(between.size() - 1))));
    }

    private static Optional<StoredSecurityGroup> findGroup(World world, String id) {
        try {
            return Optional.of(world.securityGroup(id));
        } catch (java.util.NoSuchElementException notFound) {
            return Optional.empty();
        }
    }

    private static boolean connects(StoredPeeringConnection p, String a, String b) {
        return p.requester().vpcId().equals(a) && p.accepter().vpcId().equals(b)
                || p.requester().vpcId().equals(b) && p.accepter().vpcId().equals(a);
    }
}
