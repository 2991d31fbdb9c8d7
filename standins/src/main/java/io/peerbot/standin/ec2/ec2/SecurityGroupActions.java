package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** DescribeSecurityGroups, DescribeSecurityGroupRules. */
final class SecurityGroupActions {
    private static final FilterSpec<StoredSecurityGroup> GROUP_FILTERS =
            new FilterSpec<StoredSecurityGroup>(g -> g.tags().asMap())
                    .field("group-id", StoredSecurityGroup::id)
                    .field("group-name", StoredSecurityGroup::groupName)
                    .field("description", StoredSecurityGroup::description)
                    .field("vpc-id", StoredSecurityGroup::vpcId)
                    .field("owner-id", StoredSecurityGroup::ownerId)
                    .field("ip-permission.cidr", g -> cidrs(g.ingressRules(), false))
                    .field("ip-permission.ipv6-cidr", g -> cidrs(g.ingressRules(), true))
                    .field("ip-permission.group-id", g -> g.ingressRules().stream()
                            .map(r -> r.spec().referencedGroupId()).toList())
                    .field("ip-permission.protocol", g -> g.ingressRules().stream()
                            .map(r -> r.spec().ipProtocol()).toList())
                    .field("egress.ip-permission.cidr", g -> cidrs(g.egressRules(), false))
                    .field("egress.ip-permission.ipv6-cidr", g -> cidrs(g.egressRules(), true));

    private static final FilterSpec<StoredSecurityGroupRule> RULE_FILTERS =
            new FilterSpec<StoredSecurityGroupRule>(r -> r.tags().asMap())
                    .field("group-id", StoredSecurityGroupRule::groupId)
                    .field("security-group-rule-id", StoredSecurityGroupRule::id);

    private SecurityGroupActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeSecurityGroups", SecurityGroupActions::describeGroups);
        actions.put("DescribeSecurityGroupRules", SecurityGroupActions::describeRules);
    }

    private static void describeGroups(Ec2Call call, Xml out) {
        List<StoredSecurityGroup> groups = call.selected("GroupId", call.here().securityGroups(), Ec2Call::securityGroup);
        List<String> names = call.params().list("GroupName");
        if (!names.isEmpty()) {
            groups = Stream.concat(call.params().list("GroupId").isEmpty() ? Stream.empty() : groups.stream(),
                    names.stream().map(n -> byName(call, n))).distinct().toList();
        }
        Page<StoredSecurityGroup> page = Page.of(GROUP_FILTERS.apply(groups, call.params()), call.params(), 1000);
        out.list("securityGroupInfo", page.items(), SecurityGroupXml::group);
        out.value("nextToken", page.nextToken());
    }

    private static StoredSecurityGroup byName(Ec2Call call, String name) {
        return call.here().securityGroups().stream().filter(g -> g.groupName().equals(name)).findFirst()
                .orElseThrow(() -> AwsServiceError.client("InvalidGroup.NotFound",
                        "The security group '" + name + "' does not exist in default VPC 'none'"));
    }

    private static void describeRules(Ec2Call call, Xml out) {
        List<StoredSecurityGroupRule> rules = call.selected("SecurityGroupRuleId", call.here().securityGroupRules(),
                (c, id) -> c.here().findSecurityGroupRule(id).orElseThrow(() -> Ec2Errors.notFound(id)));
        Page<StoredSecurityGroupRule> page = Page.of(RULE_FILTERS.apply(rules, call.params()), call.params(), 1000);
        out.list("securityGroupRuleSet", page.items(), (x, r) -> SecurityGroupXml.rule(x, r, call.region()));
        out.value("nextToken", page.nextToken());
    }

    private static List<String> cidrs(List<StoredSecurityGroupRule> rules, boolean ipv6) {
        return rules.stream().map(StoredSecurityGroupRule::spec).map(ipv6 ? RuleSpec::cidrIpv6 : RuleSpec::cidrIpv4)
                .filter(Objects::nonNull).toList();
    }
}
