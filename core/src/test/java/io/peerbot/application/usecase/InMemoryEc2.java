package io.peerbot.application.usecase;

import io.peerbot.application.port.Caller;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.GroupRef;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * EC2 in one account and region, in memory: VPCs as given, peering connections with a status, and every call
 * recorded by its EC2 action name. Writes succeed (idempotently) unless the action was made to fail.
 */
final class InMemoryEc2 implements Ec2Gateways, Ec2Gateway {
    private final Location location;
    private final Map<String, VpcSnapshot> vpcs = new HashMap<>();
    private final Map<String, PeeringConnection> peerings = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final Set<String> failing = new HashSet<>();
    private final Set<String> notYetListed = new HashSet<>();
    private boolean listsLate;
    private final List<String> authorizedGroups = new ArrayList<>();
    private final List<Caller> callers = new ArrayList<>();
    private int ids;
    private volatile Runnable beforeCounting = () -> { };
    private volatile Runnable afterCounting = () -> { };

    InMemoryEc2(Location location, VpcSnapshot... vpcs) {
        this.location = location;
        for (VpcSnapshot vpc : vpcs) {
            this.vpcs.put(vpc.id(), vpc);
        }
    }

    /** A connection between two of the VPCs, in this status. */
    synchronized String connect(String pcxId, String requesterVpc, String accepterVpc, PeeringStatus status) {
        peerings.put(pcxId, new PeeringConnection(pcxId, side(requesterVpc), side(accepterVpc), status, "",
                Map.of()));
        return pcxId;
    }

    /** The VPC as it is from now on (an instance launched, a subnet deleted). */
    synchronized void replace(VpcSnapshot vpc) {
        vpcs.put(vpc.id(), vpc);
    }

    /** The groups given ingress rules, one entry per rule, in order. */
    synchronized List<String> authorizedGroups() {
        return List.copyOf(authorizedGroups);
    }

    /** Everyone EC2 was asked for on behalf of, in order. */
    synchronized List<Caller> callers() {
        return List.copyOf(callers);
    }

    @Override
    public synchronized Ec2Gateway at(Location where, Caller caller) {
        callers.add(caller);
        return at(where);
    }

    synchronized void fail(String action) {
        failing.add(action);
    }

    synchronized void heal(String action) {
        failing.remove(action);
    }

    synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    synchronized List<String> writes() {
        return calls.stream().filter(c -> !c.startsWith("Describe")).toList();
    }

    synchronized long describes() {
        return calls.stream().filter(c -> c.startsWith("Describe")).count();
    }

    synchronized PeeringStatus status(String pcxId) {
        return Optional.ofNullable(peerings.get(pcxId)).map(PeeringConnection::status).orElse(PeeringStatus.DELETED);
    }

    private synchronized void call(String action) {
        calls.add(action);
        if (failing.contains(action)) {
            throw new CloudException(action, "UnauthorizedOperation", "not allowed to " + action, null);
        }
    }

    private PeeringSide side(String vpcId) {
        VpcSnapshot vpc = vpcs.get(vpcId);
        return new PeeringSide(vpc.id(), vpc.location(), vpc.cidrBlocks());
    }

    private synchronized void status(String pcxId, PeeringStatus status) {
        PeeringConnection p = peerings.get(pcxId);
        peerings.put(pcxId, new PeeringConnection(p.id(), p.requester(), p.accepter(), status, "", p.tags()));
    }

    @Override
    public Location home() {
        return location;
    }

    @Override
    public Ec2Gateway at(Location where) {
        return this;
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public List<VpcSummary> findVpcs(String nameOrId) {
        call("DescribeVpcs");
        return vpcs.values().stream()
                .filter(v -> v.id().equals(nameOrId) || v.name().filter(nameOrId::equals).isPresent())
                .map(v -> new VpcSummary(v.id(), v.location(), v.tags(), v.cidrBlocks())).toList();
    }

    @Override
    public synchronized List<VpcSummary> listVpcs() {
        call("DescribeVpcs");
        return vpcs.values().stream().map(v -> new VpcSummary(v.id(), v.location(), v.tags(), v.cidrBlocks()))
                .toList();
    }

    @Override
    public synchronized List<PeeringConnection> allPeerings() {
        call("DescribeVpcPeeringConnections");
        return List.copyOf(peerings.values());
    }

    /** Seven describes in EC2 (the VPC, subnets, route tables, groups, their rules, instances, ACLs): one here. */
    @Override
    public VpcSnapshot snapshot(String vpcId) {
        call("DescribeVpc " + vpcId);
        return vpcs.get(vpcId);
    }

    /** AWS's defaults for a VPC made in the console's VPC wizard: both enabled. */
    @Override
    public io.peerbot.domain.network.VpcDns dnsOf(String vpcId) {
        call("DescribeVpcAttribute " + vpcId);
        return new io.peerbot.domain.network.VpcDns(true, true);
    }

    @Override
    public List<PeeringConnection> peeringsOf(String vpcId) {
        call("DescribeVpcPeeringConnections");
        return List.of();
    }

    /** Runs {@code hook} as each count of outstanding requests begins, outside EC2's lock (e.g. to line up two). */
    void beforeCountingRequests(Runnable hook) {
        beforeCounting = hook;
    }

    /**
     * Runs {@code hook} as each count of outstanding requests has read what it counts, before it is answered, outside
     * EC2's lock (e.g. to hold two counts until both have read).
     */
    void afterCountingRequests(Runnable hook) {
        afterCounting = hook;
    }

    @Override
    public List<PeeringConnection> outstandingRequestsMade() {
        beforeCounting.run();
        List<PeeringConnection> counted = countedRequests();
        afterCounting.run();
        return counted;
    }

    private synchronized List<PeeringConnection> countedRequests() {
        call("DescribeVpcPeeringConnections");
        return peerings.values().stream().filter(p -> p.status() == PeeringStatus.PENDING_ACCEPTANCE
                && p.requester().location().equals(location()) && !notYetListed.contains(p.id())).toList();
    }

    /**
     * From now on, a peering this gateway creates is left out of {@link #outstandingRequestsMade} (as EC2's eventually
     * consistent reads may leave one out a moment after it was made), though a look-up by its id finds it.
     */
    synchronized void listsNewRequestsLate() {
        listsLate = true;
    }

    @Override
    public synchronized Optional<PeeringConnection> peering(String pcxId) {
        call("DescribeVpcPeeringConnections");
        return Optional.ofNullable(peerings.get(pcxId));
    }

    @Override
    public List<PeeringConnection> pendingRequestsInto() {
        call("DescribeVpcPeeringConnections");
        return List.of();
    }

    @Override
    public List<PeeringConnection> managedPeerings() {
        call("DescribeVpcPeeringConnections");
        return List.of();
    }

    @Override
    public void dryRunCreatePeering(String vpcId, String peerVpcId, Location peer) {
        call("CreateVpcPeeringConnection (dry run)");
    }

    @Override
    public synchronized String createPeering(String vpcId, String peerVpcId, Location peer, Map<String, String> tags) {
        call("CreateVpcPeeringConnection");
        String id = connect(String.format("pcx-%08x", ++ids), vpcId, peerVpcId, PeeringStatus.PENDING_ACCEPTANCE);
        if (listsLate) {
            notYetListed.add(id);
        }
        return id;
    }

    @Override
    public void acceptPeering(String pcxId) {
        call("AcceptVpcPeeringConnection");
        status(pcxId, PeeringStatus.ACTIVE);
    }

    @Override
    public void rejectPeering(String pcxId) {
        call("RejectVpcPeeringConnection");
        status(pcxId, PeeringStatus.REJECTED);
    }

    @Override
    public void deletePeering(String pcxId) {
        call("DeleteVpcPeeringConnection");
        status(pcxId, PeeringStatus.DELETED);
    }

    @Override
    public PeeringConnection awaitActive(String pcxId, Duration timeout) {
        call("DescribeVpcPeeringConnections");
        return peerings.get(pcxId);
    }

    @Override
    public void untagPeering(String pcxId, java.util.Set<String> keys) {
        call("DeleteTags");
    }

    @Override
    public void tagPeering(String pcxId, Map<String, String> tags) {
        call("CreateTags");
    }

    @Override
    public void createRoute(String routeTableId, Cidr destination, String pcxId) {
        call("CreateRoute");
    }

    @Override
    public void deleteRoute(String routeTableId, Cidr destination) {
        call("DeleteRoute");
    }

    @Override
    public synchronized String authorizeIngress(String groupId, PortRange ports, Cidr source, String description) {
        call("AuthorizeSecurityGroupIngress");
        authorizedGroups.add(groupId);
        return String.format("sgr-%08x", ++ids);
    }

    @Override
    public synchronized String authorizeIngress(String groupId, PortRange ports, GroupRef source, String description) {
        call("AuthorizeSecurityGroupIngress");
        authorizedGroups.add(groupId);
        return String.format("sgr-%08x", ++ids);
    }

    @Override
    public void revokeIngress(String groupId, Set<String> ruleIds) {
        call("RevokeSecurityGroupIngress");
    }

    @Override
    public void allowRemoteDnsResolution(String pcxId) {
        call("ModifyVpcPeeringConnectionOptions");
    }
}
