package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;

/**
 * The two-VPC case the approve path is measured on: in the bot's own account and region, a VPC owned by alice and
 * one owned by bob, each with one subnet on its main (and only) route table and two security groups, each used by
 * an instance. A fresh pair per round, so each round creates a new peering.
 */
record VpcPair(String requesterName, VpcSeed requester, String accepterName, VpcSeed accepter) {

    /** Pair {@code n} (from 0) has the blocks 10.(100+2n).0.0/16 and 10.(101+2n).0.0/16. */
    static VpcPair seed(Ec2StandIn ec2, int n) {
        if (n < 0 || n > 70) {
            throw new IllegalArgumentException("pairs are numbered 0..70: " + n);
        }
        RegionSeed home = ec2.seed().account(RunningBot.ACCOUNT).region(RunningBot.REGION);
        String requesterName = "bench-app-" + n;
        String accepterName = "bench-db-" + n;
        VpcSeed requester = vpc(home, requesterName, 100 + 2 * n, RunningBot.ALICE, "web", "worker");
        VpcSeed accepter = vpc(home, accepterName, 101 + 2 * n, RunningBot.BOB, "db", "cache");
        return new VpcPair(requesterName, requester, accepterName, accepter);
    }

    private static VpcSeed vpc(RegionSeed region, String name, int secondOctet, String owner, String group1,
                               String group2) {
        String prefix = "10." + secondOctet;
        VpcSeed vpc = region.vpc(name, prefix + ".0.0/16").tag("peerbot:owner", owner);
        SubnetSeed subnet = vpc.subnet(name + "-a", prefix + ".1.0/24");
        subnet.instance(name + "-1").securityGroups(vpc.securityGroup(group1));
        subnet.instance(name + "-2").securityGroups(vpc.securityGroup(group2));
        return vpc;
    }
}
