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

    /** A running instance tagged {@code Name=name} at a given private IPv4 address. */
    public InstanceSeed instance(String name, String privateIp) {
        StoredInstance instance = region.factory().createInstance(subnet, privateIp);
        if (name != null) {
            instance.tags().put("Name", name);
        }
        return new InstanceSeed(instance);
    }
}
