package io.peerbot.standin.ec2.seed;

import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.StoredVpc;
import io.peerbot.standin.ec2.model.World;

/** Seeds one account's region. */
public final class RegionSeed {
    private final World world;
    private final RegionState region;

    RegionSeed(World world, RegionState region) {
        this.world = world;
        this.region = region;
    }

    public RegionState state() {
        return region;
    }

    /**
     * A VPC tagged {@code Name=name} with one or more IPv4 blocks (the first is the primary), its main route table,
     * default network ACL and default security group.
     */
    public VpcSeed vpc(String name, String primaryCidr, String... moreCidrs) {
        synchronized (world) {
            StoredVpc vpc = region.factory().createVpc(primaryCidr);
            for (String cidr : moreCidrs) {
                region.factory().associateVpcCidr(vpc, cidr);
            }
            if (name != null) {
                vpc.tags().put("Name", name);
            }
            return new VpcSeed(world, region, vpc);
        }
    }
}
