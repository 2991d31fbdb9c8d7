package io.peerbot.standin.ec2.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A security group with its inbound and outbound rules. */
public final class StoredSecurityGroup implements Taggable {
    private final String id;
    private final String groupName;
    private final String description;
    private final String vpcId;
    private final String ownerId;
    private final String region;
    private final List<StoredSecurityGroupRule> rules = new CopyOnWriteArrayList<>();
    private final Tags tags = new Tags();

    StoredSecurityGroup(String id, String groupName, String description, String vpcId, String ownerId, String region) {
        this.id = id;
        this.groupName = groupName;
        this.description = description;
        this.vpcId = vpcId;
        this.ownerId = ownerId;
        this.region = region;
    }

    @Override
    public String id() {
        return id;
    }

    public String groupName() {
        return groupName;
    }

    public String description() {
        return description;
    }

    public String vpcId() {
        return vpcId;
    }

    public String ownerId() {
        return ownerId;
    }

    public String region() {
        return region;
    }

    public boolean isDefault() {
        return "default".equals(groupName);
    }

    public List<StoredSecurityGroupRule> rules() {
        return List.copyOf(rules);
    }

    public List<StoredSecurityGroupRule> ingressRules() {
        return rules.stream().filter(r -> !r.isEgress()).toList();
    }

    public List<StoredSecurityGroupRule> egressRules() {
        return rules.stream().filter(StoredSecurityGroupRule::isEgress).toList();
    }

    /** The existing rule that allows the same traffic as {@code spec}, if any. */
    public Optional<StoredSecurityGroupRule> find(RuleSpec spec) {
        return rules.stream().filter(r -> r.spec().sameRuleAs(spec)).findFirst();
    }

    @Override
    public Tags tags() {
        return tags;
    }

    public void addRule(StoredSecurityGroupRule rule) {
        rules.add(rule);
    }

    public void removeRules(Collection<String> ruleIds) {
        rules.removeIf(r -> ruleIds.contains(r.id()));
    }
}
