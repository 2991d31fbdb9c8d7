package io.peerbot.domain.network;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything peerbot needs to know about one VPC, read in one batch of describe calls.
 * {@code cidrBlocks} holds every associated block, IPv4 and IPv6. {@code networkInterfaces}: every interface in
 * the VPC, whatever owns it (instances, RDS, Lambda, load balancers, endpoints …): the targets of a peering's rules.
 */
public record VpcSnapshot(String id, Location location, Map<String, String> tags, List<Cidr> cidrBlocks,
                          List<Subnet> subnets, List<RouteTable> routeTables, List<SecurityGroup> securityGroups,
                          List<Instance> instances, List<NetworkAcl> networkAcls,
                          List<NetworkInterface> networkInterfaces) {
    /** A VPC read without its network interfaces (it has none to open). */
    public VpcSnapshot(String id, Location location, Map<String, String> tags, List<Cidr> cidrBlocks,
                       List<Subnet> subnets, List<RouteTable> routeTables, List<SecurityGroup> securityGroups,
                       List<Instance> instances, List<NetworkAcl> networkAcls) {
        this(id, location, tags, cidrBlocks, subnets, routeTables, securityGroups, instances, networkAcls, List.of());
    }

    public VpcSnapshot {
        tags = Map.copyOf(tags);
        cidrBlocks = List.copyOf(cidrBlocks);
        subnets = List.copyOf(subnets);
        routeTables = List.copyOf(routeTables);
        securityGroups = List.copyOf(securityGroups);
        instances = List.copyOf(instances);
        networkAcls = List.copyOf(networkAcls);
        networkInterfaces = List.copyOf(networkInterfaces);
    }

    public Optional<String> name() {
        return Optional.ofNullable(tags.get("Name"));
    }

    /** "billing (vpc-0abc…)" or just the id when the VPC has no Name tag. */
    public String displayName() {
        return name().map(n -> n + " (" + id + ")").orElse(id);
    }

    public List<Cidr> ipv4Blocks() {
        return cidrBlocks.stream().filter(c -> !c.ipv6()).toList();
    }

    public List<Cidr> ipv6Blocks() {
        return cidrBlocks.stream().filter(Cidr::ipv6).toList();
    }

    public Optional<RouteTable> mainRouteTable() {
        return routeTables.stream().filter(RouteTable::main).findFirst();
    }

    /** The route table that serves a subnet: its explicit association, else the main table. */
    public Optional<RouteTable> routeTableOf(String subnetId) {
        return routeTables.stream().filter(t -> t.subnetIds().contains(subnetId)).findFirst()
                .or(this::mainRouteTable);
    }

    public Optional<RouteTable> routeTable(String routeTableId) {
        return routeTables.stream().filter(t -> t.id().equals(routeTableId)).findFirst();
    }

    public Optional<SecurityGroup> securityGroup(String groupId) {
        return securityGroups.stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    public Optional<Subnet> subnet(String subnetId) {
        return subnets.stream().filter(s -> s.id().equals(subnetId)).findFirst();
    }
}
