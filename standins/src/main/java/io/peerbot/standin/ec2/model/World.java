package io.peerbot.standin.ec2.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Everything the stand-in's EC2 holds: per account and region resources, and the peering connections between them.
 * Lookups by ID search every account and region and throw {@link NoSuchElementException} for an unknown ID. The
 * world's monitor guards every change; read methods are safe to call while the stand-in serves requests.
 */
public final class World {
    private final Ids ids;
    private final Clock clock;
    private final Map<String, Map<String, RegionState>> accounts = new LinkedHashMap<>();
    private final Map<String, StoredPeeringConnection> peerings = new LinkedHashMap<>();

    public World(long seed, Clock clock) {
        this.ids = new Ids(seed);
        this.clock = clock;
    }

    public Ids ids() {
        return ids;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The resources of an account in a region (created empty on first use). */
    public synchronized RegionState region(String account, String region) {
        return accounts.computeIfAbsent(account, a -> new LinkedHashMap<>())
                .computeIfAbsent(region, r -> new RegionState(this, account, r));
    }

    /** Every account and region that holds resources or was asked about. */
    public synchronized List<RegionState> regions() {
        List<RegionState> all = new ArrayList<>();
        accounts.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public StoredVpc vpc(String id) {
        return find(id, RegionState::findVpc);
    }

    public StoredSubnet subnet(String id) {
        return find(id, RegionState::findSubnet);
    }

    public StoredRouteTable routeTable(String id) {
        return find(id, RegionState::findRouteTable);
    }

    public StoredSecurityGroup securityGroup(String id) {
        return find(id, RegionState::findSecurityGroup);
    }

    public StoredSecurityGroupRule securityGroupRule(String id) {
        return find(id, RegionState::findSecurityGroupRule);
    }

    public StoredNetworkAcl networkAcl(String id) {
        return find(id, RegionState::findNetworkAcl);
    }

    public StoredInstance instance(String id) {
        return find(id, RegionState::findInstance);
    }

    /** A VPC in any account and region, if it exists. */
    public Optional<StoredVpc> findVpc(String id) {
        return regions().stream().flatMap(r -> r.findVpc(id).stream()).findFirst();
    }

    public synchronized StoredPeeringConnection peering(String id) {
        StoredPeeringConnection pcx = peerings.get(id);
        if (pcx == null) {
            throw new NoSuchElementException("no peering connection " + id);
        }
        return pcx;
    }

    public synchronized Optional<StoredPeeringConnection> findPeering(String id) {
        return Optional.ofNullable(peerings.get(id));
    }

    /** Every peering connection, deleted and failed ones included, in creation order. */
    public synchronized List<StoredPeeringConnection> peerings() {
        return List.copyOf(peerings.values());
    }

    /** Records a new peering connection in {@code status}. */
    public synchronized StoredPeeringConnection createPeering(StoredPeeringConnection.Side requester,
                                                        StoredPeeringConnection.Side accepter, Instant expiration,
                                                        StoredPeeringConnection.Status status, String message) {
        StoredPeeringConnection pcx = new StoredPeeringConnection(ids.next("pcx"), requester, accepter, expiration);
        pcx.setStatus(status, message);
        peerings.put(pcx.id(), pcx);
        return pcx;
    }

    /**
     * Forgets a peering, as EC2 stops showing a deleted one after a while (about two hours): describes no longer
     * list it and calls naming it answer {@code InvalidVpcPeeringConnectionID.NotFound}. Routes to it stay, as
     * blackholes.
     */
    public synchronized void forgetPeering(String id) {
        peerings.remove(id);
    }

    /** Moves a peering to a new status; routes to it turn {@code active} or {@code blackhole} to match. */
    public synchronized void setPeeringStatus(StoredPeeringConnection pcx, StoredPeeringConnection.Status status, String message) {
        pcx.clearTransition();
        pcx.setStatus(status, message);
        String routeState = status == StoredPeeringConnection.Status.ACTIVE ? "active" : "blackhole";
        for (StoredPeeringConnection.Side side : List.of(pcx.requester(), pcx.accepter())) {
            region(side.account(), side.region()).routeTables().stream()
                    .filter(t -> t.vpcId().equals(side.vpcId()))
                    .forEach(t -> t.setPeeringRouteState(pcx.id(), routeState));
        }
    }

    /** A describe has shown the peering: applies its scheduled transition when due. */
    public synchronized void pollPeering(StoredPeeringConnection pcx) {
        if (pcx.pollDue()) {
            StoredPeeringConnection.Status next = pcx.nextStatus();
            String message = pcx.nextMessage();
            pcx.clearTransition();
            setPeeringStatus(pcx, next, message);
        }
    }

    private <T> T find(String id, BiFunction<RegionState, String, Optional<T>> lookup) {
        Function<RegionState, Optional<T>> byId = r -> lookup.apply(r, id);
        return regions().stream().map(byId).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no resource " + id));
    }
}
