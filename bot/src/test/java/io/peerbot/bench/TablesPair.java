package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;

/**
 * Two VPCs with {@code tables} route tables each, in the bot's own account and region: alice's requester side and
 * bob's accepter side, each a /16 from 10.242.0.0 with one /24 subnet per route table and one security group used
 * by an instance. Peering them adds a route to every table of both sides and one rule to each side's group.
 */
record TablesPair(String requester, String accepter, int tables) {

    /** Pair {@code n} (0..6) of one stand-in. */
    static TablesPair seed(Ec2StandIn ec2, int n, int tables) {
        if (n < 0 || n > 6 || tables < 1 || tables > 250) {
            throw new IllegalArgumentException("pairs 0..6 with 1..250 tables: " + n + ", " + tables);
        }
        RegionSeed home = ec2.seed().account(RunningBot.ACCOUNT).region(RunningBot.REGION);
        String requester = "tables-" + n + "-app";
        String accepter = "tables-" + n + "-db";
        vpc(home, requester, 242 + 2 * n, RunningBot.ALICE, tables);
        vpc(home, accepter, 243 + 2 * n, RunningBot.BOB, tables);
        return new TablesPair(requester, accepter, tables);
    }

    private static void vpc(RegionSeed region, String name, int secondOctet, String owner, int tables) {
        String prefix = "10." + secondOctet;
        VpcSeed vpc = region.vpc(name, prefix + ".0.0/16").tag("peerbot:owner", owner);
        for (int t = 0; t < tables; t++) {
            SubnetSeed subnet = vpc.subnet(name + "-" + t, prefix + "." + t + ".0/24");
            vpc.routeTable(name + "-rt-" + t, subnet);
            if (t == 0) {
                subnet.instance(name + "-1").securityGroups(vpc.securityGroup(name + "-app"));
            }
        }
    }
}
