package io.peerbot.application.port;

import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.StaleReference;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.VpcDns;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.plan.Leftovers;
import java.util.List;
import java.util.Optional;

/**
 * What peerbot reads from EC2 in one account and region. Failures are {@link CloudException}s.
 */
public interface Ec2Reads {

    Location location();

    /** VPCs whose id is {@code nameOrId} or whose {@code Name} tag equals it. */
    List<VpcSummary> findVpcs(String nameOrId);

    /**
     * Every VPC in this account and region, to offer as candidates when a reference matches none.
     * Empty by default (a gateway that cannot list).
     */
    default List<VpcSummary> listVpcs() {
        return List.of();
    }

    /** Subnets, route tables, groups, instances and ACLs of one VPC, batched per VPC (filters). */
    VpcSnapshot snapshot(String vpcId);

    /**
     * These VPCs of this account and region, in this order, each as {@link #snapshot} reads it: an adapter may read
     * them together, one describe per kind for all of them.
     */
    default List<VpcSnapshot> snapshots(List<String> vpcIds) {
        return vpcIds.stream().map(this::snapshot).toList();
    }

    /** The VPC's DNS attributes ({@code enableDnsHostnames}, {@code enableDnsSupport}). */
    VpcDns dnsOf(String vpcId);

    /** Peering connections in which the VPC is requester or accepter, in any state. */
    List<PeeringConnection> peeringsOf(String vpcId);

    /**
     * {@link #peeringsOf} each of these VPCs of this account and region, in this order: an adapter may read them
     * together, with the same describes one VPC takes.
     */
    default List<List<PeeringConnection>> peeringsOfEach(List<String> vpcIds) {
        return vpcIds.stream().map(this::peeringsOf).toList();
    }

    Optional<PeeringConnection> peering(String pcxId);

    /**
     * Peering requests this account made in this region that still await acceptance (status pending-acceptance,
     * this account the requester): what AWS counts against the outstanding-requests quota. One batched describe.
     */
    List<PeeringConnection> outstandingRequestsMade();

    /**
     * Peering requests awaiting acceptance by a VPC of this account and region (status pending-acceptance, this
     * account the accepter), whoever asked: one batched describe.
     */
    List<PeeringConnection> pendingRequestsInto();

    /**
     * Every peering connection visible from this account and region, whoever made it, in any state EC2 still
     * reports: one paginated describe. By default only peerbot's own ({@link #managedPeerings()}), for a gateway
     * that cannot list more.
     */
    default List<PeeringConnection> allPeerings() {
        return managedPeerings();
    }

    /**
     * The inbound rules of the VPC's groups that reference a group of a VPC no longer peered with it
     * ({@code DescribeStaleSecurityGroups}). Empty by default (a gateway that cannot tell).
     */
    default List<StaleReference> staleReferences(String vpcId) {
        return List.of();
    }

    /**
     * Routes through {@code pcxId} and rules tagged as peerbot's for it in this account and region, found by
     * their target and tag alone: for a peering EC2 no longer shows. Empty by default (a gateway that cannot tell).
     */
    default Leftovers leftoversOf(String pcxId) {
        return new Leftovers(location(), List.of(), List.of());
    }

    /** Peering connections tagged {@code peerbot:managed}, visible from this account and region. */
    List<PeeringConnection> managedPeerings();
}
