package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.GroupRef;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.traffic.PortRange;

/**
 * An ingress rule to add to one security group: these ports, from a block of the peer ({@code source}) or, with
 * {@code --source-groups}, from a group of the peer ({@code sourceGroup}); exactly one of the two is set.
 */
public record RuleChange(String groupId, PortRange ports, Cidr source, GroupRef sourceGroup) {
    public RuleChange {
        if ((source == null) == (sourceGroup == null)) {
            throw new IllegalArgumentException("a rule comes from a block or from a group, exactly one");
        }
    }

    /** A rule from a block of the peer. */
    public RuleChange(String groupId, PortRange ports, Cidr source) {
        this(groupId, ports, source, null);
    }

    /** A rule from a group of the peer. */
    public RuleChange(String groupId, PortRange ports, GroupRef sourceGroup) {
        this(groupId, ports, null, sourceGroup);
    }

    public boolean fromGroup() {
        return sourceGroup != null;
    }

    /** "10.1.0.0/16" or "111122223333/sg-0a1b2c3d": the source as one text. */
    public String sourceText() {
        return fromGroup() ? sourceGroup.toString() : source.toString();
    }

    /** True when {@code existing} already lets in what this rule would: same ports, same source. */
    public boolean sameAs(SecurityRule existing) {
        if (!existing.ports().equals(ports)) {
            return false;
        }
        return fromGroup() ? sourceGroup.groupId().equals(existing.sourceGroupId()) : existing.from(source);
    }
}
