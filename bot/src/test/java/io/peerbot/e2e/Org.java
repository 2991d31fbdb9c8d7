package io.peerbot.e2e;

import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;

/**
 * The organisation the end-to-end tests run against. Account A (the bot's own, us-east-1): app-vpc
 * owned by alice, db-vpc owned by bob, each with three route tables (one subnet left on the main
 * table) and two security groups; data-vpc owned by the data-team user group; legacy-vpc overlapping
 * app-vpc; two VPCs both named "shared"; orphan-vpc with no owner.
 * Account B (eu-west-1): billing owned by dave, reached by assuming the peerbot role.
 */
final class Org {
    static final String ACCOUNT_A = "111111111111";
    static final String ACCOUNT_B = "222222222222";
    static final String REGION_A = "us-east-1";
    static final String REGION_B = "eu-west-1";

    static final String ALICE = "U0ALICE";
    static final String BOB = "U0BOB";
    static final String CAROL = "U0CAROL";
    static final String DAVE = "U0DAVE";
    static final String ERIN = "U0ERIN";
    static final String CHANNEL = "C0NETWORK";
    /** A Slack user group that owns data-vpc; bob is its member. */
    static final String DATA_TEAM = "S0DATA";
    /** A Slack user group a policy may ask to approve besides the owners; erin is its member. */
    static final String NETWORK_TEAM = "S0NETWORK";

    final VpcSeed app;
    final VpcSeed db;
    final VpcSeed legacy;
    final VpcSeed billing;

    private Org(VpcSeed app, VpcSeed db, VpcSeed legacy, VpcSeed billing) {
        this.app = app;
        this.db = db;
        this.legacy = legacy;
        this.billing = billing;
    }

    static Org seed(Ec2StandIn ec2) {
        RegionSeed home = ec2.seed().account(ACCOUNT_A).role("peerbot").region(REGION_A);
        VpcSeed app = threeTables(home.vpc("app-vpc", "10.0.0.0/16").tag("peerbot:owner", ALICE), "10.0", "web",
                "worker");
        VpcSeed db = threeTables(home.vpc("db-vpc", "10.1.0.0/16", "10.2.0.0/16").tag("peerbot:owner", BOB),
                "10.1", "db", "cache");
        VpcSeed legacy = home.vpc("legacy-vpc", "10.0.128.0/17").tag("peerbot:owner", ALICE);
        threeTables(home.vpc("data-vpc", "10.30.0.0/16").tag("peerbot:owner", DATA_TEAM), "10.30", "etl", "warehouse");
        home.vpc("shared", "10.50.0.0/16").tag("peerbot:owner", ALICE);
        home.vpc("shared", "10.51.0.0/16").tag("peerbot:owner", ALICE);
        home.vpc("orphan-vpc", "10.60.0.0/16");
        RegionSeed far = ec2.seed().account(ACCOUNT_B).role("peerbot").region(REGION_B);
        VpcSeed billing = threeTables(far.vpc("billing", "10.20.0.0/16").tag("peerbot:owner", DAVE), "10.20",
                "billing-api", "billing-db");
        return new Org(app, db, legacy, billing);
    }

    private static VpcSeed threeTables(VpcSeed vpc, String prefix, String group1, String group2) {
        SubnetSeed a = vpc.subnet(vpc.vpc().name() + "-a", prefix + ".1.0/24");
        SubnetSeed b = vpc.subnet(vpc.vpc().name() + "-b", prefix + ".2.0/24");
        SubnetSeed c = vpc.subnet(vpc.vpc().name() + "-c", prefix + ".3.0/24");
        vpc.routeTable("rt-a", a);
        vpc.routeTable("rt-b", b);
        a.instance("server-a").securityGroups(vpc.securityGroup(group1));
        c.instance("server-c").securityGroups(vpc.securityGroup(group2));
        return vpc;
    }
}
