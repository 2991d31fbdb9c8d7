package io.peerbot.standin.ec2.model;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A route table: routes, subnet associations, and whether it is its VPC's main table. */
public final class StoredRouteTable implements Taggable {
    private final String id;
    private final String vpcId;
    private final String ownerId;
    private final String region;
    private final List<StoredRoute> routes = new CopyOnWriteArrayList<>();
    private final List<StoredRouteTableAssociation> associations = new CopyOnWriteArrayList<>();
    private final Tags tags = new Tags();

    StoredRouteTable(String id, String vpcId, String ownerId, String region) {
        this.id = id;
        this.vpcId = vpcId;
        this.ownerId = ownerId;
        this.region = region;
    }

    @Override
    public String id() {
        return id;
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

    public List<StoredRoute> routes() {
        return List.copyOf(routes);
    }

    /**
     * The static (or local) route to a destination block, compared in canonical form. A propagated route to the
     * same block does not count: a static route may be added beside it and wins over it.
     */
    public Optional<StoredRoute> route(String destination) {
        String canonical = Cidrs.canonical(destination);
        return routes.stream().filter(r -> r.destination().equals(canonical) && !r.propagated()).findFirst();
    }

    public List<StoredRouteTableAssociation> associations() {
        return List.copyOf(associations);
    }

    public boolean isMain() {
        return associations.stream().anyMatch(StoredRouteTableAssociation::main);
    }

    /** IDs of the subnets explicitly associated. */
    public List<String> subnetIds() {
        return associations.stream().filter(a -> a.subnetId() != null).map(StoredRouteTableAssociation::subnetId).toList();
    }

    @Override
    public Tags tags() {
        return tags;
    }

    /** Adds a route; the caller has checked the destination is free. */
    public void addRoute(StoredRoute route) {
        routes.add(route);
    }

    /** Replaces the route to the same destination. */
    public void replaceRoute(StoredRoute route) {
        routes.replaceAll(r -> r.destination().equals(route.destination()) && !r.propagated() ? route : r);
    }

    public void removeRoute(String destination) {
        routes.removeIf(r -> r.destination().equals(destination) && !r.propagated());
    }

    /** Sets the state of every route to a peering connection. */
    public void setPeeringRouteState(String pcxId, String state) {
        routes.replaceAll(r -> pcxId.equals(r.vpcPeeringConnectionId()) ? r.withState(state) : r);
    }

    void addAssociation(StoredRouteTableAssociation association) {
        associations.add(association);
    }

    void removeSubnetAssociation(String subnetId) {
        associations.removeIf(a -> subnetId.equals(a.subnetId()));
    }
}
