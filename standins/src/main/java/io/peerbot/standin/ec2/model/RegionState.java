package io.peerbot.standin.ec2.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of one account in one region, and look-ups among them. {@link #factory()} creates more. All access
 * is under the world's lock.
 */
public final class RegionState {
    private final World world;
    private final String account;
    private final String region;
    private final Map<String, Vpc> vpcs = new LinkedHashMap<>();
    private final Map<String, Subnet> subnets = new LinkedHashMap<>();
    private final Map<String, RouteTable> routeTables = new LinkedHashMap<>();
    private final Map<String, SecurityGroup> securityGroups = new LinkedHashMap<>();
    private final Map<String, NetworkAcl> networkAcls = new LinkedHashMap<>();
    private final Map<String, Instance> instances = new LinkedHashMap<>();

    RegionState(World world, String account, String region) {
        this.world = world;
        this.account = account;
        this.region = region;
    }

    public String account() {
        return account;
    }

    public String region() {
        return region;
    }

    public List<Vpc> vpcs() {
        synchronized (world) {
            return List.copyOf(vpcs.values());
        }
    }

    public List<Subnet> subnets() {
        synchronized (world) {
            return List.copyOf(subnets.values());
        }
    }

    public List<RouteTable> routeTables() {
        synchronized (world) {
            return List.copyOf(routeTables.values());
        }
    }

    public List<SecurityGroup> securityGroups() {
        synchronized (world) {
            return List.copyOf(securityGroups.values());
        }
    }

    public List<SecurityGroupRule> securityGroupRules() {
        synchronized (world) {
            List<SecurityGroupRule> all = new ArrayList<>();
            securityGroups.values().forEach(g -> all.addAll(g.rules()));
            return all;
        }
    }

    public List<NetworkAcl> networkAcls() {
        synchronized (world) {
            return List.copyOf(networkAcls.values());
        }
    }

    public List<Instance> instances() {
        synchronized (world) {
            return List.copyOf(instances.values());
        }
    }

    public Optional<Vpc> findVpc(String id) {
        synchronized (world) {
            return Optional.ofNullable(vpcs.get(id));
        }
    }

    public Optional<Subnet> findSubnet(String id) {
        synchronized (world) {
            return Optional.ofNullable(subnets.get(id));
        }
    }

    public Optional<RouteTable> findRouteTable(String id) {
        synchronized (world) {
            return Optional.ofNullable(routeTables.get(id));
        }
    }

    public Optional<SecurityGroup> findSecurityGroup(String id) {
        synchronized (world) {
            return Optional.ofNullable(securityGroups.get(id));
        }
    }

    public Optional<SecurityGroupRule> findSecurityGroupRule(String id) {
        return securityGroupRules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<NetworkAcl> findNetworkAcl(String id) {
        synchronized (world) {
            return Optional.ofNullable(networkAcls.get(id));
        }
    }

    public Optional<Instance> findInstance(String id) {
        synchronized (world) {
            return Optional.ofNullable(instances.get(id));
        }
    }

    /** The VPC's main route table. */
    public RouteTable mainRouteTable(String vpcId) {
        return routeTables().stream().filter(t -> t.vpcId().equals(vpcId) && t.isMain()).findFirst().orElseThrow();
    }

    /** The route table that serves a subnet: its explicit association, else its VPC's main table. */
    public RouteTable routeTableOf(Subnet subnet) {
        return routeTables().stream().filter(t -> t.subnetIds().contains(subnet.id())).findFirst()
                .orElseGet(() -> mainRouteTable(subnet.vpcId()));
    }

    public NetworkAcl defaultNetworkAcl(String vpcId) {
        return networkAcls().stream().filter(a -> a.vpcId().equals(vpcId) && a.isDefault()).findFirst().orElseThrow();
    }

    public SecurityGroup defaultSecurityGroup(String vpcId) {
        return securityGroups().stream().filter(g -> g.vpcId().equals(vpcId) && g.isDefault()).findFirst()
                .orElseThrow();
    }

    /** Any taggable resource of this account and region by ID (peering connections excluded). */
    public Optional<Taggable> findTaggable(String id) {
        synchronized (world) {
            for (Map<String, ? extends Taggable> map : List.of(vpcs, subnets, routeTables, securityGroups, networkAcls,
                    instances)) {
                if (map.containsKey(id)) {
                    return Optional.of(map.get(id));
                }
            }
            return findSecurityGroupRule(id).map(Taggable.class::cast);
        }
    }

    /** Creates resources here with the rules EC2 applies. */
    public ResourceFactory factory() {
        return new ResourceFactory(world, this);
    }

    void put(Vpc vpc) {
        vpcs.put(vpc.id(), vpc);
    }

    void put(Subnet subnet) {
        subnets.put(subnet.id(), subnet);
    }

    void put(RouteTable table) {
        routeTables.put(table.id(), table);
    }

    void put(SecurityGroup group) {
        securityGroups.put(group.id(), group);
    }

    void put(NetworkAcl acl) {
        networkAcls.put(acl.id(), acl);
    }

    void put(Instance instance) {
        instances.put(instance.id(), instance);
    }
}
