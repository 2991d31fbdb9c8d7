package io.peerbot.domain.plan;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.PathKind;
import io.peerbot.domain.network.Route;
import java.util.List;

/** What a person should know about one side of a plan; the chat adapter puts it into words. */
public sealed interface PlanNote {

    /** The VPC has no subnets, so no route table serves one: no routes on this side. */
    record NoSubnets(String vpcId) implements PlanNote {
    }

    /**
     * No security group to open: none carries {@code groupTag} and no network interface is in the chosen subnets.
     * This side gets routes only until a group is tagged, picked, or something runs there.
     */
    record NoGroupToOpen(String vpcId, String groupTag) implements PlanNote {
    }

    /** Groups picked with {@code --to}/{@code --from} that are not in this VPC any more: they get nothing. */
    record PickedGroupsGone(String vpcId, List<String> groupIds) implements PlanNote {
        public PickedGroupsGone {
            groupIds = List.copyOf(groupIds);
        }
    }

    /** icmp is opened from the peer's IPv4 blocks only: ping over IPv6 needs ICMPv6. */
    record IcmpOverIpv4Only() implements PlanNote {
    }

    /** {@code --subnets} lists subnets that exist in neither VPC any more: nothing is planned on this side. */
    record SubnetsGone(List<String> subnetIds) implements PlanNote {
        public SubnetsGone {
            subnetIds = List.copyOf(subnetIds);
        }
    }

    /**
     * After the change, the part {@code route} covers of the peer's {@code range} in {@code routeTableId} still goes
     * by {@code route} (longest prefix wins), not through the peering.
     */
    record RouteStays(String routeTableId, Cidr range, Route route) implements PlanNote {
    }

    /**
     * The peering route takes {@code range} in {@code routeTableId} off {@code today}'s {@code path}. Refused
     * unless {@code overridden} ({@code --override-routes}).
     */
    record RouteMovesOffPath(String routeTableId, Cidr range, Route today, PathKind path, boolean overridden)
            implements PlanNote {
    }

    /**
     * {@code --dns} was asked, but this VPC has a DNS attribute off: names of the peer's instances resolve to their
     * private addresses only once {@code dns} shows both enabled.
     */
    record DnsAttributesOff(String vpcId, io.peerbot.domain.network.VpcDns dns) implements PlanNote {
    }

    /**
     * Service Quotas did not give the quotas applied in {@code location} ({@code reason}): this side was checked against
     * AWS's default quotas (and {@code PEERBOT_QUOTAS}).
     */
    record DefaultQuotasAssumed(io.peerbot.domain.network.Location location, String reason) implements PlanNote {
    }
}
