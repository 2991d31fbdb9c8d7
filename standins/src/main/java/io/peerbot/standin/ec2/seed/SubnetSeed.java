package io.peerbot.standin.ec2.seed;

import inet.ipaddr.IPAddressString;
import io.peerbot.standin.ec2.model.StoredInstance;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredSubnet;
import io.peerbot.standin.ec2.model.World;

/** Seeds one subnet and its instances. */
public final class SubnetSeed {
    private final World world;
    private final RegionState region;
    private final StoredSubnet subnet;

    SubnetSeed(World world, RegionState region, StoredSubnet subnet) {
        this.world = world;
        this.region = region;
        this.subnet = subnet;
    }

    public String id() {
        return subnet.id();
    }

    public StoredSubnet subnet() {
        return subnet;
    }

    /** Gives the subnet an IPv6 block (a /64 of the VPC's IPv6 block). */
    public SubnetSeed ipv6(String cidr) {
        region.factory().associateSubnetIpv6(subnet, cidr);
        return this;
    }

    public SubnetSeed tag(String key, String value) {
        subnet.tags().put(key, value);
        return this;
    }

    /** A running instance tagged {@code Name=name}, at the next free address from {@code .10} on. */
    public InstanceSeed instance(String name) {
        synchronized (world) {
            long taken = region.instances().stream().filter(i -> i.subnetId().equals(subnet.id())).count();
            String ip = new IPAddressString(subnet.cidrBlock()).getAddress().getLower().increment(10 + taken)
                    .withoutPrefixLength().toCanonicalString();
            return instance(name, ip);
        }
    }

    /**
     * A database's interface as RDS makes it (requester {@code amazon-rds}, requester-managed, type
     * {@code interface}, "RDSNetworkInterface", attached to RDS's account) at a given address. EC2 does not name the
     * database on it; {@code name}, when given, becomes the interface's {@code Name} tag.
     */
    public NetworkInterfaceSeed rdsInterface(String name, String privateIp) {
        NetworkInterfaceSeed seed = serviceInterface(privateIp, "interface", "amazon-rds", "RDSNetworkInterface",
                "amazon-rds");
        return name == null ? seed : seed.tag("Name", name);
    }

    /** A Lambda function's interface (type {@code lambda}, "AWS Lambda VPC ENI-{function}-{uuid}"). */
    public NetworkInterfaceSeed lambdaInterface(String function, String privateIp) {
        return serviceInterface(privateIp, "lambda", "AROAIWSFUNCTIONEXAMPLE:" + function,
                "AWS Lambda VPC ENI-" + function + "-8e9f2c4b-1a2b-4c3d-9e8f-0a1b2c3d4e5f", "amazon-aws");
    }

    /** An application load balancer's interface (requester {@code amazon-elb}, "ELB app/{name}/{id}"). */
    public NetworkInterfaceSeed loadBalancerInterface(String name, String privateIp) {
        return serviceInterface(privateIp, "interface", "amazon-elb", "ELB app/" + name + "/50dc6c495c0c9188",
                "amazon-elb");
    }

    /** An interface endpoint's interface (type {@code vpc_endpoint}, "VPC Endpoint Interface {vpce-id}"). */
    public NetworkInterfaceSeed endpointInterface(String endpointId, String privateIp) {
        return serviceInterface(privateIp, "vpc_endpoint", "AROAVPCENDPOINTEXAMPLE:vpce",
                "VPC Endpoint Interface " + endpointId, "amazon-aws");
    }

    /** Any service's interface, with EC2's fields as given. */
    public NetworkInterfaceSeed serviceInterface(String privateIp, String interfaceType, String requesterId,
                                                 String description, String serviceAccount) {
        return new NetworkInterfaceSeed(region.factory().createServiceInterface(subnet, privateIp, interfaceType,
                requesterId, description, serviceAccount));
    }

    /** A running instance tagged {@code Name=name} at a given private IPv4 address. */
    public InstanceSeed instance(String name, String privateIp) {
        StoredInstance instance = region.factory().createInstance(subnet, privateIp);
        if (name != null) {
            instance.tags().put("Name", name);
        }
        return new InstanceSeed(instance);
    }
}
