package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.model.StoredNetworkAcl;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.model.StoredSecurityGroup;
import io.peerbot.standin.ec2.model.StoredSubnet;
import io.peerbot.standin.ec2.model.StoredVpc;
import io.peerbot.standin.ec2.model.World;

/** Seeds one VPC and what is in it. */
public final class VpcSeed {
    private static final String ZONES = "abc";

    private final World world;
    private final RegionState region;
    private final StoredVpc vpc;

    VpcSeed(World world, RegionState region, StoredVpc vpc) {
        this.world = world;
        this.region = region;
        this.vpc = vpc;
    }

    public String id() {
        return vpc.id();
    }

    public StoredVpc vpc() {
        return vpc;
    }

    /** Associates another IPv4 block. */
    public VpcSeed cidr(String cidr) {
        region.factory().associateVpcCidr(vpc, cidr);
        return this;
    }

    /** Associates an IPv6 block (e.g. a /56); local routes and default rules follow as in EC2. */
    public VpcSeed ipv6(String cidr) {
        region.factory().associateVpcCidr(vpc, cidr);
        return this;
    }

    /** The DNS attributes ({@code enableDnsHostnames}, {@code enableDnsSupport}); AWS's defaults: off, on. */
    public VpcSeed dns(boolean hostnames, boolean support) {
        vpc.dns(hostnames, support);
        return this;
    }

    public VpcSeed tag(String key, String value) {
        vpc.tags().put(key, value);
        return this;
    }

    /** A subnet on the main route table and the default ACL; zones go round a, b, c. */
    public SubnetSeed subnet(String name, String cidr) {
        synchronized (world) {
            long index = region.subnets().stream().filter(s -> s.vpcId().equals(vpc.id())).count();
            String zone = vpc.region() + ZONES.charAt((int) (index % ZONES.length()));
            StoredSubnet subnet = region.factory().createSubnet(vpc, cidr, zone);
            if (name != null) {
                subnet.tags().put("Name", name);
            }
            return new SubnetSeed(world, region, subnet);
        }
    }

    /** A route table with the local routes, associated with the given subnets. */
    public RouteTableSeed routeTable(String name, SubnetSeed... subnets) {
        synchronized (world) {
            StoredRouteTable table = region.factory().createRouteTable(vpc);
            if (name != null) {
                table.tags().put("Name", name);
            }
            return new RouteTableSeed(world, region, table).associate(subnets);
        }
    }

    /** The main route table, made with the VPC. */
    public RouteTableSeed mainRouteTable() {
        return new RouteTableSeed(world, region, region.mainRouteTable(vpc.id()));
    }

    /** A security group (description = name) that allows all outbound IPv4 traffic. */
    public SecurityGroupSeed securityGroup(String name) {
        StoredSecurityGroup group = region.factory().createSecurityGroup(vpc, name, name);
        group.tags().put("Name", name);
        return new SecurityGroupSeed(world, region, group);
    }

    /** The group named {@code default}, made with the VPC. */
    public SecurityGroupSeed defaultSecurityGroup() {
        return new SecurityGroupSeed(world, region, region.defaultSecurityGroup(vpc.id()));
    }

    /** A network ACL (denies everything until entries are added, as in EC2), serving the given subnets. */
    public NetworkAclSeed networkAcl(String name, SubnetSeed... subnets) {
        synchronized (world) {
            StoredNetworkAcl acl = region.factory().createNetworkAcl(vpc, false);
            if (name != null) {
                acl.tags().put("Name", name);
            }
            return new NetworkAclSeed(world, region, acl).associate(subnets);
        }
    }

    /** The default network ACL (allows everything), made with the VPC. */
    public NetworkAclSeed defaultNetworkAcl() {
        return new NetworkAclSeed(world, region, region.defaultNetworkAcl(vpc.id()));
    }

    /** Attaches an internet gateway and returns its ID, for {@code 0.0.0.0/0} routes. */
    public String internetGateway() {
        synchronized (world) {
            String id = world.ids().next("igw");
            region.factory().attachInternetGateway(vpc, id);
            return id;
        }
    }
}
