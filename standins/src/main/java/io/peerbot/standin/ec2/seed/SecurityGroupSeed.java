package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.RuleSpec;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.World;

/** Seeds one security group and its rules. */
public final class SecurityGroupSeed {
    private final World world;
    private final RegionState region;
    private final StoredSecurityGroup group;

    SecurityGroupSeed(World world, RegionState region, StoredSecurityGroup group) {
        this.world = world;
        this.region = region;
        this.group = group;
    }

    public String id() {
        return group.id();
    }

    public StoredSecurityGroup group() {
        return group;
    }

    /** An inbound rule from an IPv4 or IPv6 block; protocol {@code tcp}, {@code udp}, {@code icmp} or {@code -1}. */
    public SecurityGroupSeed ingress(String protocol, int fromPort, int toPort, String cidr, String description) {
        return rule(RuleSpec.ingress(protocol, fromPort, toPort, cidr, description));
    }

    /** An outbound rule to an IPv4 or IPv6 block. */
    public SecurityGroupSeed egress(String protocol, int fromPort, int toPort, String cidr, String description) {
        return rule(RuleSpec.egress(protocol, fromPort, toPort, cidr, description));
    }

    /** An inbound rule from another group. */
    public SecurityGroupSeed ingressFrom(SecurityGroupSeed source, String protocol, int fromPort, int toPort) {
        boolean all = "-1".equals(RuleSpec.normalizeProtocol(protocol));
        return rule(new RuleSpec(false, RuleSpec.normalizeProtocol(protocol), all ? null : fromPort,
                all ? null : toPort, null, null, source.id(), source.group().ownerId(), null));
    }

    /** Removes every rule, e.g. the default allow-all egress. */
    public SecurityGroupSeed clearRules() {
        group.removeRules(group.rules().stream().map(r -> r.id()).toList());
        return this;
    }

    public SecurityGroupSeed tag(String key, String value) {
        group.tags().put(key, value);
        return this;
    }

    private SecurityGroupSeed rule(RuleSpec spec) {
        synchronized (world) {
            if (group.find(spec).isPresent()) {
                throw new IllegalArgumentException(group.id() + " already has the rule " + spec);
            }
            region.factory().addRule(group, spec);
            return this;
        }
    }
}
