package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Security groups and their rules as EC2 renders them. */
final class SecurityGroupXml {
    private SecurityGroupXml() {
    }

    static void group(Xml x, StoredSecurityGroup g) {
        x.value("ownerId", g.ownerId()).value("groupId", g.id()).value("groupName", g.groupName())
                .value("groupDescription", g.description()).value("vpcId", g.vpcId())
                .value("securityGroupArn", "arn:aws:ec2:" + g.region() + ":" + g.ownerId() + ":security-group/" + g.id());
        permissions(x, "ipPermissions", g.ingressRules());
        permissions(x, "ipPermissionsEgress", g.egressRules());
        Ec2Xml.tagSet(x, g.tags().asMap());
    }

    /** DescribeSecurityGroups groups rules by protocol and port range into IpPermission entries. */
    private static void permissions(Xml x, String name, List<StoredSecurityGroupRule> rules) {
        Map<List<Object>, List<RuleSpec>> byPorts = new LinkedHashMap<>();
        for (StoredSecurityGroupRule rule : rules) {
            RuleSpec s = rule.spec();
            List<Object> key = new ArrayList<>();
            key.add(s.ipProtocol());
            key.add(s.fromPort());
            key.add(s.toPort());
            byPorts.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        x.list(name, byPorts.values(), (y, specs) -> {
            RuleSpec first = specs.get(0);
            y.value("ipProtocol", first.ipProtocol()).value("fromPort", first.fromPort())
                    .value("toPort", first.toPort())
                    .list("groups", specs.stream().filter(s -> s.referencedGroupId() != null).toList(), (z, s) -> z
                            .value("userId", s.referencedUserId()).value("groupId", s.referencedGroupId())
                            .value("description", s.description()))
                    .list("ipRanges", specs.stream().filter(s -> s.cidrIpv4() != null).toList(), (z, s) -> z
                            .value("cidrIp", s.cidrIpv4()).value("description", s.description()))
                    .list("ipv6Ranges", specs.stream().filter(s -> s.cidrIpv6() != null).toList(), (z, s) -> z
                            .value("cidrIpv6", s.cidrIpv6()).value("description", s.description()))
                    .list("prefixListIds", List.of(), (z, s) -> { });
        });
    }

    static void rule(Xml x, StoredSecurityGroupRule r, String region) {
        RuleSpec s = r.spec();
        x.value("securityGroupRuleId", r.id()).value("groupId", r.groupId()).value("groupOwnerId", r.groupOwnerId())
                .value("isEgress", s.egress()).value("ipProtocol", s.ipProtocol())
                .value("fromPort", Objects.requireNonNullElse(s.fromPort(), -1))
                .value("toPort", Objects.requireNonNullElse(s.toPort(), -1))
                .value("cidrIpv4", s.cidrIpv4()).value("cidrIpv6", s.cidrIpv6());
        if (s.referencedGroupId() != null) {
            x.start("referencedGroupInfo").value("groupId", s.referencedGroupId()).value("userId", s.referencedUserId())
                    .end();
        }
        x.value("description", s.description());
        Ec2Xml.tagSet(x, r.tags().asMap());
        x.value("securityGroupRuleArn",
                "arn:aws:ec2:" + region + ":" + r.groupOwnerId() + ":security-group-rule/" + r.id());
    }
}
