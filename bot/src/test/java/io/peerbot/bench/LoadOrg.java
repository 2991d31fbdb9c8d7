package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.util.ArrayList;
import java.util.List;

/**
 * The people and VPCs a load run needs, added to the running stand-ins: Slack users who are in the bot's channel,
 * and fresh VPC pairs (a /24 each in 172.16.0.0/12, one subnet, one security group used by one instance) in the
 * bot's own account and region, the requester side owned by the person who asks, the accepter side by bob.
 */
final class LoadOrg {
    private final RunningBot bot;
    private int users;
    private int vpcs;

    LoadOrg(RunningBot bot) {
        this.bot = bot;
    }

    /** Two VPC names, a requester and an accepter side. */
    record Pair(String requester, String accepter) {
    }

    /** {@code count} new people in the workspace (and the bot's channel), by Slack id. */
    List<String> people(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = ++users;
            String id = String.format("U0LOAD%05d", n);
            String name = "load" + n;
            bot.slack().workspace().addUser(id, name, "Load Person " + n, name + "@example.com");
            ids.add(id);
        }
        return ids;
    }

    /** A fresh pair, {@code owner}'s VPC asking to peer with one of bob's. */
    Pair pair(String owner) {
        return new Pair(vpc(owner), vpc(RunningBot.BOB));
    }

    private String vpc(String owner) {
        int v = vpcs++;
        if (v >= 16 * 256) {
            throw new IllegalStateException("172.16.0.0/12 holds 4,096 of these VPCs");
        }
        String prefix = "172." + (16 + v / 256) + "." + (v % 256);
        String name = String.format("load-%04d", v);
        RegionSeed home = bot.ec2().seed().account(RunningBot.ACCOUNT).region(RunningBot.REGION);
        VpcSeed vpc = home.vpc(name, prefix + ".0/24").tag("peerbot:owner", owner);
        SubnetSeed subnet = vpc.subnet(name + "-a", prefix + ".0/25");
        subnet.instance(name + "-1").securityGroups(vpc.securityGroup(name + "-app"));
        return name;
    }
}
