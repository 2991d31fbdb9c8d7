package io.peerbot.application.engine;

import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeds a VPC for a peering: {@code routeTables} route tables serving its subnets (the last being the main
 * table, serving one subnet left without an association) and {@code groups} security groups, each the
 * group of an instance, so the planner opens each.
 */
final class SeededVpc {
    final VpcSeed vpc;
    final List<SecurityGroupSeed> groups = new ArrayList<>();

    private SeededVpc(VpcSeed vpc) {
        this.vpc = vpc;
    }

    /** {@code cidr} is a /16 such as {@code 10.0.0.0/16}; subnets are its /24s. */
    static SeededVpc seed(RegionSeed region, String name, String cidr, int routeTables, int groups) {
        SeededVpc seeded = new SeededVpc(region.vpc(name, cidr));
        String prefix = cidr.substring(0, cidr.indexOf(".0.0/"));
        List<SubnetSeed> subnets = new ArrayList<>();
        for (int i = 0; i < routeTables; i++) {
            SubnetSeed subnet = seeded.vpc.subnet(name + "-" + i, prefix + "." + i + ".0/24");
            subnets.add(subnet);
            if (i < routeTables - 1) {
                seeded.vpc.routeTable(name + "-rt-" + i, subnet);
            }
        }
        for (int g = 0; g < groups; g++) {
            SecurityGroupSeed group = seeded.vpc.securityGroup(name + "-sg-" + g);
            seeded.groups.add(group);
            subnets.get(g % subnets.size()).instance(name + "-" + g).securityGroups(group);
        }
        return seeded;
    }

    String id() {
        return vpc.id();
    }
}
