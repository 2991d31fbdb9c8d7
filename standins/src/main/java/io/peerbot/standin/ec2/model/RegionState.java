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
    private final Map<String, StoredVpc> vpcs = new LinkedHashMap<>();
    private final Map<String, StoredSubnet> subnets = new LinkedHashMap<>();
    private final Map<String, StoredRouteTable> routeTables = new LinkedHashMap<>();
    private final Map<String, StoredSecurityGroup> securityGroups = new LinkedHashMap<>();
    private final Map<String, StoredNetworkAcl> networkAcls = new LinkedHashMap<>();
    private final Map<String, StoredInstance> instances = new LinkedHashMap<>();
    private final Map<String, StoredNetworkInterface> networkInterfaces = new LinkedHashMap<>();

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

    public List<StoredVpc> vpcs() {
        synchronized (world) {
            return List.copyOf(vpcs.values());
        }
    }

    public List<StoredSubnet> subnets() {
        synchronized (world) {
            return List.copyOf(subnets.values());
        }
    }

    public List<StoredRouteTable> routeTables() {
        synchronized (world) {
            return List.copyOf(routeTables.values());
        }
    }

    public List<StoredSecurityGroup> securityGroups() {
        synchronized (world) {
            return List.copyOf(securityGroups.values());
        }
    }

    public List<StoredSecurityGroupRule> securityGroupRules() {
        synchronized (world) {
            List<StoredSecurityGroupRule> all = new ArrayList<>();
            securityGroups.values().forEach(g -> all.addAll(g.rules()));
            return all;
        }
    }

    public List<StoredNetworkAcl> networkAcls() {
        synchronized (world) {
            return List.copyOf(networkAcls.values());
        }
    }

    public List<StoredInstance> instances() {
        synchronized (world) {
            return List.copyOf(instances.values());
        }
    }

    /** Every network interface: instances' (but those of terminated instances) and services'. */
    public List<StoredNetworkInterface> networkInterfaces() {
        synchronized (world) {
            return networkInterfaces.values().stream().filter(StoredNetworkInterface::exists).toList();
        }
    }

    public Optional<StoredNetworkInterface> findNetworkInterface(String id) {
        return networkInterfaces().stream().filter(i -> i.id().equals(id)).findFirst();
    }

    public Optional<StoredVpc> findVpc(String id) {
        synchronized (world) {
            return Optional.ofNullable(vpcs.get(id));
        }
    }

    public Optional<StoredSubnet> findSubnet(String id) {
        synchronized (world) {
            return Optional.ofNullable(subnets.get(id));
        }
    }

    public Optional<StoredRouteTable> findRouteTable(String id) {
        synchronized (world) {
            return Optional.ofNullable(routeTables.get(id));
        }
    }

    public Optional<StoredSecurityGroup> findSecurityGroup(String id) {
        synchronized (world) {
            return Optional.ofNullable(securityGroups.get(id));
        }
    }

    public Optional<StoredSecurityGroupRule> findSecurityGroupRule(String id) {
        return securityGroupRules().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public Optional<StoredNetworkAcl> findNetworkAcl(String id) {
        synchronized (world) {
            return Optional.ofNullable(networkAcls.get(id));
        }
    }

    public Optional<StoredInstance> findInstance(String id) {
        synchronized (world) {
            return Optional.ofNullable(instances.get(id));
        }
    }

    /** The VPC's main route table. */
    public StoredRouteTable mainRouteTable(String vpcId) {
        return routeTables().stream().filter(t -> t.vpcId().equals(vpcId) && t.isMain()).findFirst().orElseThrow();
    }

    /** The route table that serves a subnet: its explicit association, else its VPC's main table. */
    public StoredRouteTable routeTableOf(StoredSubnet subnet) {
        return routeTables().stream().filter(t -> t.subnetIds().contains(subnet.id())).findFirst()
                .orElseGet(() -> mainRouteTable(subnet.vpcId()));
    }

    public StoredNetworkAcl defaultNetworkAcl(String vpcId) {
        return networkAcls().stream().filter(a -> a.vpcId().equals(vpcId) && a.isDefault()).findFirst().orElseThrow();
    }

    public StoredSecurityGroup defaultSecurityGroup(String vpcId) {
        return securityGroups().stream().filter(g -> g.vpcId().equals(vpcId) && g.isDefault()).findFirst()
                .orElseThrow();
    }

    /** Any taggable resource of this account and region by ID (peering connections excluded). */
    public Optional<Taggable> findTaggable(String id) {
        synchronized (world) {
            for (Map<String, ? extends Taggable> map : List.of(vpcs, subnets, routeTables, securityGroups, networkAcls,
                    instances, networkInterfaces)) {
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

    void put(StoredVpc vpc) {
        vpcs.put(vpc.id(), vpc);
    }

    void put(StoredSubnet subnet) {
        subnets.put(subnet.id(), subnet);
    }

    void remove(StoredSubnet subnet) {
        subnets.remove(subnet.id());
    }

    void remove(StoredInstance instance) {
        instances.remove(instance.id());
        networkInterfaces.values().removeIf(i -> i.instance() == instance);
    }

    void put(StoredNetworkInterface networkInterface) {
        networkInterfaces.put(networkInterface.id(), networkInterface);
    }

    void remove(StoredNetworkInterface networkInterface) {
        networkInterfaces.remove(networkInterface.id());
    }

    void put(StoredRouteTable table) {
        routeTables.put(table.id(), table);
    }

    void put(StoredSecurityGroup group) {
        securityGroups.put(group.id(), group);
    }

    void put(StoredNetworkAcl acl) {
        networkAcls.put(acl.id(), acl);
    }

    void put(StoredInstance instance) {
        instances.put(instance.id(), instance);
    }
}
