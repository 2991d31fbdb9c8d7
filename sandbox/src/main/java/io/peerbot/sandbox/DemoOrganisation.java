package io.peerbot.sandbox;

import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.seed.AccountSeed;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import io.peerbot.standin.slack.SlackStandInBuilder;
import java.util.List;

/**
 * A small, believable organisation for the sandbox and for tests that want one:
 *
 * <pre>
 * 111111111111 us-east-1   app-vpc     10.0.0.0/16    owner alice   3 route tables (one subnet on the main one),
 *                                                                   2 security groups, a peerbot:probe instance
 * 111111111111 us-east-1   data-vpc    10.30.0.0/16   owner dave    its db subnet's network ACL drops tcp:5432
 *                                                                   from app-vpc (rule 90)
 * 111111111111 us-east-1   legacy-vpc  10.0.128.0/17  owner dave    overlaps app-vpc
 * 222222222222 eu-west-1   billing     10.20.0.0/16   owner bob     api and db subnets: an RDS database and a
 *                                                                   peerbot:probe bastion next to it
 * </pre>
 *
 * The bot runs as account 111111111111 in us-east-1 and assumes the role {@code peerbot} in 222222222222. Carol is
 * an admin. Everyone is in {@code #network} ({@value #CHANNEL}).
 */
public final class DemoOrganisation {
    public static final String HOME_ACCOUNT = "111111111111";
    public static final String HOME_REGION = "us-east-1";
    public static final String BILLING_ACCOUNT = "222222222222";
    public static final String BILLING_REGION = "eu-west-1";
    public static final String ROLE_NAME = "peerbot";
    public static final String ASSUME_ROLE_TEMPLATE = "arn:aws:iam::{account}:role/" + ROLE_NAME;

    public static final String ALICE = "U0ALICE";
    public static final String BOB = "U0BOB";
    public static final String CAROL = "U0CAROL";
    public static final String DAVE = "U0DAVE";
    public static final String CHANNEL = "C0NETWORK";
    public static final String CHANNEL_NAME = "network";

    public static final DemoVpc APP_VPC = new DemoVpc("app-vpc", "10.0.0.0/16", HOME_ACCOUNT, HOME_REGION, ALICE);
    public static final DemoVpc BILLING_VPC = new DemoVpc("billing", "10.20.0.0/16", BILLING_ACCOUNT, BILLING_REGION,
            BOB);
    public static final DemoVpc DATA_VPC = new DemoVpc("data-vpc", "10.30.0.0/16", HOME_ACCOUNT, HOME_REGION, DAVE);
    /** Overlaps app-vpc: a request between them is refused. */
    public static final DemoVpc LEGACY_VPC = new DemoVpc("legacy-vpc", "10.0.128.0/17", HOME_ACCOUNT, HOME_REGION,
            DAVE);
    public static final List<DemoVpc> VPCS = List.of(APP_VPC, BILLING_VPC, DATA_VPC, LEGACY_VPC);
    /**
     * How billing is named in a command: a name alone is looked up in the bot's own account and region, so a VPC
     * elsewhere is qualified with its account and region.
     */
    public static final String BILLING_REF = BILLING_ACCOUNT + ":" + BILLING_REGION + ":" + BILLING_VPC.name();
    /** The port data-vpc's database subnet drops from app-vpc. */
    public static final int BLOCKED_PORT = 5432;
    public static final int BLOCKING_ACL_RULE = 90;

    public static final List<DemoUser> PEOPLE = List.of(
            new DemoUser(ALICE, "alice", "Alice Chen", "alice@example.com", "owns app-vpc"),
            new DemoUser(BOB, "bob", "Bob Okafor", "bob@example.com", "owns billing"),
            new DemoUser(CAROL, "carol", "Carol Díaz", "carol@example.com", "admin: may approve anything"),
            new DemoUser(DAVE, "dave", "Dave Kim", "dave@example.com", "owns data-vpc and legacy-vpc"));
    public static final List<String> ADMINS = List.of(CAROL);

    private final Ids ids;

    /** The generated IDs of what was seeded. */
    public record Ids(String appVpc, String billingVpc, String dataVpc, String legacyVpc, String appProbe,
                      String billingProbe, String dataProbe, String blockingAcl) {
    }

    private DemoOrganisation(Ids ids) {
        this.ids = ids;
    }

    /** Seeds accounts, the role, VPCs, subnets, route tables, groups, the ACL and instances into {@code ec2}. */
    public static DemoOrganisation seed(Ec2StandIn ec2) {
        AccountSeed home = ec2.seed().account(HOME_ACCOUNT).role(ROLE_NAME);
        AccountSeed billingAccount = ec2.seed().account(BILLING_ACCOUNT).role(ROLE_NAME);
        RegionSeed east = home.region(HOME_REGION);

        VpcSeed app = vpc(east, APP_VPC).tag("team", "app");
        String appProbe = seedApp(app);
        VpcSeed data = vpc(east, DATA_VPC).tag("team", "data");
        DataVpc dataIds = seedData(data);
        VpcSeed legacy = vpc(east, LEGACY_VPC).tag("team", "data");
        legacy.subnet("legacy-a", "10.0.128.0/24").instance("legacy-app-1");

        VpcSeed billing = vpc(billingAccount.region(BILLING_REGION), BILLING_VPC).tag("team", "billing");
        String billingProbe = seedBilling(billing);

        return new DemoOrganisation(new Ids(app.id(), billing.id(), data.id(), legacy.id(), appProbe, billingProbe,
                dataIds.probe(), dataIds.acl()));
    }

    private static VpcSeed vpc(RegionSeed region, DemoVpc vpc) {
        return region.vpc(vpc.name(), vpc.cidr()).tag("peerbot:owner", vpc.ownerId());
    }

    /** Three route tables: web and service subnets on their own, the batch subnet on the main table. */
    private static String seedApp(VpcSeed app) {
        SubnetSeed web = app.subnet("app-web-a", "10.0.1.0/24");
        SubnetSeed service = app.subnet("app-svc-b", "10.0.2.0/24");
        app.subnet("app-batch-c", "10.0.3.0/24");
        app.routeTable("app-rt-web", web).route("0.0.0.0/0", app.internetGateway());
        app.routeTable("app-rt-svc", service);
        app.mainRouteTable().tag("Name", "app-rt-main");
        SecurityGroupSeed webGroup = app.securityGroup("app-web").ingress("tcp", 443, 443, "0.0.0.0/0", "https");
        SecurityGroupSeed serviceGroup = app.securityGroup("app-svc").ingressFrom(webGroup, "tcp", 8080, 8080);
        web.instance("app-web-1").securityGroups(webGroup);
        return service.instance("app-probe").tag("peerbot:probe", "true").securityGroups(serviceGroup).id();
    }

    private static String seedBilling(VpcSeed billing) {
        SubnetSeed api = billing.subnet("billing-api-a", "10.20.1.0/24");
        SubnetSeed db = billing.subnet("billing-db-b", "10.20.2.0/24");
        billing.routeTable("billing-rt-db", db);
        billing.mainRouteTable().tag("Name", "billing-rt-main");
        SecurityGroupSeed apiGroup = billing.securityGroup("billing-api")
                .ingress("tcp", 443, 443, BILLING_VPC.cidr(), "https inside billing");
        SecurityGroupSeed dbGroup = billing.securityGroup("billing-db").ingressFrom(apiGroup, "tcp", 5432, 5432);
        SecurityGroupSeed bastionGroup = billing.securityGroup("billing-bastion")
                .ingress("tcp", 22, 22, BILLING_VPC.cidr(), "ssh inside billing");
        api.instance("billing-api-1").securityGroups(apiGroup);
        // the database is RDS (a network interface, no instance); the bastion next to it is where the test runs
        db.rdsInterface("billing-prod", "10.20.2.50").securityGroups(dbGroup);
        return db.instance("billing-bastion").tag("peerbot:probe", "true").securityGroups(bastionGroup).id();
    }

    private record DataVpc(String probe, String acl) {
    }

    /** The database subnet's own ACL lets everything in except PostgreSQL from app-vpc's range. */
    private static DataVpc seedData(VpcSeed data) {
        SubnetSeed db = data.subnet("data-db-a", "10.30.1.0/24");
        data.routeTable("data-rt-db", db);
        String acl = data.networkAcl("data-db-acl", db)
                .ingress(BLOCKING_ACL_RULE, "deny", "tcp", BLOCKED_PORT, BLOCKED_PORT, APP_VPC.cidr())
                .ingress(100, "allow", "all", 0, 0, "0.0.0.0/0")
                .egress(100, "allow", "all", 0, 0, "0.0.0.0/0")
                .id();
        SecurityGroupSeed dbGroup = data.securityGroup("data-db")
                .ingress("tcp", BLOCKED_PORT, BLOCKED_PORT, DATA_VPC.cidr(), "postgres inside data-vpc");
        String probe = db.instance("data-db-1").tag("peerbot:probe", "true").securityGroups(dbGroup).id();
        return new DataVpc(probe, acl);
    }

    /** Adds the people and {@code #network} to a Slack stand-in about to start. */
    public static SlackStandInBuilder workspace(SlackStandInBuilder slack) {
        for (DemoUser person : PEOPLE) {
            slack.user(person.id(), person.name(), person.realName(), person.email());
        }
        return slack.channel(CHANNEL, CHANNEL_NAME);
    }

    /** Every account:region with a demo VPC other than the bot's own, for the bot to watch. */
    public static List<String> otherLocations() {
        return List.of(BILLING_ACCOUNT + ":" + BILLING_REGION);
    }

    public Ids ids() {
        return ids;
    }

    /** The page's people, VPCs and hints, for {@code #network}. */
    public static PageContent pageContent() {
        return new PageContent(CHANNEL, PEOPLE, VPCS, hints());
    }

    /** What to try first, in order. */
    public static List<Hint> hints() {
        return List.of(
                new Hint("Request a peering, approve it as the other owner", ALICE,
                        "/peer app-vpc " + BILLING_REF
                                + " --ports tcp:5432,icmp --reason \"billing reads the orders DB\"",
                        "billing is in another account and region, so it is named account:region:name. Then be bob "
                                + "and click Approve: each step and the test land in the thread."),
                new Hint("See the plan without changing anything", ALICE,
                        "/peer plan app-vpc data-vpc --ports tcp:5432",
                        "Only alice sees it: routes per route table, rules per group; nothing is created."),
                new Hint("Overlapping CIDRs are refused", ALICE,
                        "/peer app-vpc legacy-vpc",
                        "Only alice sees the answer: 10.0.0.0/16 overlaps 10.0.128.0/17."),
                new Hint("A path blocked by a network ACL", ALICE,
                        "/peer app-vpc data-vpc --ports tcp:5432,icmp",
                        "Approve as dave: ping passes, tcp:5432 times out, and the test names the network ACL "
                                + "rule 90 that drops it."),
                new Hint("Not yours to approve", DAVE, null,
                        "As dave, click Approve on a request that waits for bob: only dave sees who may approve."),
                new Hint("What exists, and how to ask", CAROL, "/peer list",
                        "Each peering links to its thread; /peer status <pcx-id> and /peer help tell more."),
                new Hint("The policy wants a reason for billing", ALICE,
                        "/peer app-vpc " + BILLING_REF + " --ports tcp:5432",
                        "Only alice sees the denial, naming the rule billing-needs-reason and its line in the sandbox's"
                                + " policy.yml; nothing is created. /peer policy lists the rules; carol (admin) may go"
                                + " ahead with --override \"why\", recorded on the card and in the thread."),
                new Hint("The network as a picture", CAROL, "/peer map app-vpc",
                        "A picture of what app-vpc reaches directly, shared in the channel, with a warning where a "
                                + "path through a hub might be assumed. Click \"Home tab\" to see the whole map as "
                                + "the person you are."));
    }
}
