package io.peerbot.domain.network;

import io.peerbot.domain.traffic.PortRange;

/**
 * An inbound rule of a group that references a group of another VPC no longer reachable (the peering between
 * them is gone, or the group is): EC2's "stale" security group reference. It allows nothing, but stays until
 * removed.
 *
 * @param groupId           the group holding the rule
 * @param referencedGroupId the peer's group the rule names
 * @param referencedVpcId   that group's VPC, when EC2 still knows it (else null)
 * @param pcxId             the peering that used to connect them, when EC2 still knows it (else null)
 */
public record StaleReference(String groupId, PortRange ports, String referencedGroupId, String referencedVpcId,
                             String pcxId) {
}
