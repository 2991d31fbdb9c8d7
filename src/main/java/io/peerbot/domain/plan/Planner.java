package io.peerbot.domain.plan;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;

/**
 * Works out the plan for peering two VPCs (pure: no I/O). For each side, every route table serving a
 * chosen subnet (explicit association, else the main table) gets a route to each of the peer's blocks
 * (IPv6 only when both sides have IPv6); the security groups of the instances in those subnets, or the
 * groups tagged {@code peerbot:group} when there are any, get an ingress rule per port from each peer block.
 */
public final class Planner {
    public Plan plan(VpcSnapshot requester, VpcSnapshot accepter, PeeringOptions options) {
        throw new UnsupportedOperationException("not built yet");
    }
}
