package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSecurityGroupRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** AuthorizeSecurityGroupIngress/Egress and RevokeSecurityGroupIngress/Egress. */
final class SecurityGroupRuleActions {
    private SecurityGroupRuleActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("AuthorizeSecurityGroupIngress", (call, out) -> authorize(call, out, false));
        actions.put("AuthorizeSecurityGroupEgress", (call, out) -> authorize(call, out, true));
        actions.put("RevokeSecurityGroupIngress", (call, out) -> revoke(call, out, false));
        actions.put("RevokeSecurityGroupEgress", (call, out) -> revoke(call, out, true));
    }

    private static void authorize(Ec2Call call, Xml out, boolean egress) {
        StoredSecurityGroup group = call.securityGroup(call.params().required("GroupId"));
        List<RuleSpec> specs = IpPermissions.read(call, egress);
        Map<String, String> tags = call.tagSpecifications("security-group-rule");
        List<RuleSpec> accepted = new ArrayList<>();
        for (RuleSpec spec : specs) {
            boolean duplicate = group.find(spec).isPresent() || accepted.stream().anyMatch(spec::sameRuleAs);
            if (duplicate) {
                throw AwsServiceError.client("InvalidPermission.Duplicate",
                        "the specified rule \"" + describe(spec) + "\" already exists");
            }
            accepted.add(spec);
        }
        int existing = egress ? group.egressRules().size() : group.ingressRules().size();
        if (existing + accepted.size() > call.settings().rulesPerSecurityGroup()) {
            throw AwsServiceError.client("RulesPerSecurityGroupLimitExceeded",
                    "The maximum number of rules per security group has been reached.");
        }
        List<StoredSecurityGroupRule> added = new ArrayList<>();
        for (RuleSpec spec : accepted) {
            StoredSecurityGroupRule rule = call.here().factory().addRule(group, spec);
            rule.tags().putAll(tags);
            added.add(rule);
        }
        out.value("return", true);
        out.list("securityGroupRuleSet", added, (x, r) -> SecurityGroupXml.rule(x, r, call.region()));
    }

    private static void revoke(Ec2Call call, Xml out, boolean egress) {
        StoredSecurityGroup group = call.securityGroup(call.params().required("GroupId"));
        List<String> ruleIds = call.params().list("SecurityGroupRuleId");
        List<StoredSecurityGroupRule> revoked = new ArrayList<>();
        if (!ruleIds.isEmpty()) {
            for (String id : ruleIds) {
                StoredSecurityGroupRule rule = group.rules().stream()
                        .filter(r -> r.id().equals(id) && r.isEgress() == egress).findFirst()
                        .orElseThrow(() -> Ec2Errors.notFound(id));
                revoked.add(rule);
            }
        } else {
            for (RuleSpec spec : IpPermissions.read(call, egress)) {
                revoked.add(group.find(spec).orElseThrow(() -> AwsServiceError.client("InvalidPermission.NotFound",
                        "The specified rule does not exist in this security group.")));
            }
        }
        group.removeRules(revoked.stream().map(StoredSecurityGroupRule::id).toList());
        out.value("return", true);
        out.list("revokedSecurityGroupRuleSet", revoked, (x, r) -> {
            RuleSpec s = r.spec();
            x.value("securityGroupRuleId", r.id()).value("groupId", r.groupId()).value("isEgress", s.egress())
                    .value("ipProtocol", s.ipProtocol())
                    .value("fromPort", Objects.requireNonNullElse(s.fromPort(), -1))
                    .value("toPort", Objects.requireNonNullElse(s.toPort(), -1))
                    .value("cidrIpv4", s.cidrIpv4()).value("cidrIpv6", s.cidrIpv6())
                    .value("referencedGroupId", s.referencedGroupId()).value("description", s.description());
        });
    }

    /** EC2's wording of a rule in the duplicate message, e.g. {@code peer: 10.1.0.0/16, TCP, from port: 5432, ...}. */
    private static String describe(RuleSpec s) {
        String protocol = "-1".equals(s.ipProtocol()) ? "ALL" : s.ipProtocol().toUpperCase(Locale.ROOT);
        String ports = s.fromPort() == null ? "" : ", from port: " + s.fromPort() + ", to port: " + s.toPort();
        return "peer: " + s.peer() + ", " + protocol + ports + ", ALLOW";
    }
}
