package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.model.Cidrs;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredRoute;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.World;

/** Seeds one route table. */
public final class RouteTableSeed {
    private final World world;
    private final RegionState region;
    private final StoredRouteTable table;

    RouteTableSeed(World world, RegionState region, StoredRouteTable table) {
        this.world = world;
        this.region = region;
        this.table = table;
    }

    public String id() {
        return table.id();
    }

    public StoredRouteTable table() {
        return table;
    }

    /** Associates subnets with this table, ending their other associations. */
    public RouteTableSeed associate(SubnetSeed... subnets) {
        for (SubnetSeed subnet : subnets) {
            region.factory().associateRouteTable(table, subnet.subnet());
        }
        return this;
    }

    /**
     * A static route to a target: a {@code pcx-} (active if the peering is active, else blackhole), or any gateway,
     * e.g. {@code igw-}, {@code tgw-}, {@code nat-}, {@code vpce-} (a firewall endpoint), {@code vgw-}.
     */
    public RouteTableSeed route(String destination, String target) {
        synchronized (world) {
            String cidr = Cidrs.canonical(destination);
            boolean v6 = Cidrs.isIpv6(cidr);
            StoredRoute route;
            if (target.startsWith("pcx-")) {
                boolean active = world.peering(target).status() == StoredPeeringConnection.Status.ACTIVE;
                route = new StoredRoute(v6 ? null : cidr, v6 ? cidr : null, null, target, active ? "active" : "blackhole",
                        "CreateRoute");
            } else {
                route = new StoredRoute(v6 ? null : cidr, v6 ? cidr : null, target, null, "active", "CreateRoute");
            }
            if (table.route(cidr).isPresent()) {
                throw new IllegalArgumentException(table.id() + " already has a route to " + cidr);
            }
            table.addRoute(route);
            return this;
        }
    }

    /** A route put there by route propagation from a virtual private gateway ({@code vgw-…}), as for a VPN. */
    public RouteTableSeed propagatedRoute(String destination, String vgwId) {
        synchronized (world) {
            String cidr = Cidrs.canonical(destination);
            boolean v6 = Cidrs.isIpv6(cidr);
            table.addRoute(new StoredRoute(v6 ? null : cidr, v6 ? cidr : null, vgwId, null, "active",
                    "EnableVgwRoutePropagation"));
            return this;
        }
    }

    public RouteTableSeed tag(String key, String value) {
        table.tags().put(key, value);
        return this;
    }
}
