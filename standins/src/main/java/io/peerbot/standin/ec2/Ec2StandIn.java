package io.peerbot.standin.ec2;

import io.peerbot.standin.ec2.dynamodb.DynamoDbService;
import io.peerbot.standin.ec2.ec2.Ec2Service;
import io.peerbot.standin.ec2.http.AwsService;
import io.peerbot.standin.ec2.http.StandInServer;
import io.peerbot.standin.ec2.iam.Identities;
import io.peerbot.standin.ec2.model.World;
import io.peerbot.standin.ec2.organizations.OrganizationsService;
import io.peerbot.standin.ec2.seed.WorldSeed;
import io.peerbot.standin.ec2.quotas.ServiceQuotasService;
import io.peerbot.standin.ec2.ssm.SsmDocuments;
import io.peerbot.standin.ec2.ssm.SsmFleet;
import io.peerbot.standin.ec2.ssm.SsmService;
import io.peerbot.standin.ec2.sts.StsService;
import java.net.URI;
import java.time.Clock;

/**
 * A local EC2 (with STS and SSM Run Command) on loopback that the real AWS SDK talks to. It speaks the EC2 Query API (2016-11-15) and
 * STS's Query API on one endpoint, keeps state per account and region like EC2, answers EC2's error codes, and can
 * throttle, fail and slow calls on purpose. Typical use:
 *
 * <pre>{@code
 * try (Ec2StandIn standIn = new Ec2StandIn().start()) {
 *     VpcSeed app = standIn.seed().account("111122223333").region("us-east-1").vpc("app-vpc", "10.0.0.0/16");
 *     Ec2Client ec2 = Ec2Client.builder()
 *             .endpointOverride(standIn.endpoint())
 *             .region(Region.US_EAST_1)
 *             .credentialsProvider(standIn.credentialsFor("111122223333").provider())
 *             .build();
 *     ec2.describeVpcs();
 *     standIn.calls().mutating();          // what changed
 *     standIn.state().vpc(app.id());       // the state behind the API
 * }
 * }</pre>
 *
 * The caller's account comes from the access key ID in the SigV4 credential scope, the region from the scope's
 * region. Signatures are not verified.
 */
public final class Ec2StandIn implements AutoCloseable {
    private final Identities identities;
    private final World world;
    private final Ec2Settings settings = new Ec2Settings();
    private final Permissions permissions = new Permissions();
    private final Faults faults = new Faults();
    private final CallLog calls = new CallLog();
    private final SsmFleet ssm = new SsmFleet();
    private final ServiceQuotasService serviceQuotas = new ServiceQuotasService();
    private final SsmDocuments ssmDocuments = new SsmDocuments();
    private final DynamoDbService dynamoDb;
    private final OrganizationsService organization;
    private final StandInServer server;
    private volatile URI endpoint;

    /** A stand-in whose generated IDs come from seed 1. */
    public Ec2StandIn() {
        this(1L);
    }

    /** A stand-in whose generated IDs (vpc-..., pcx-...) come from {@code seed}, so runs repeat. */
    public Ec2StandIn(long seed) {
        Clock clock = Clock.systemUTC();
        this.identities = new Identities(clock);
        this.world = new World(seed, clock);
        this.server = new StandInServer(identities, permissions, faults, calls, clock);
        server.register(new Ec2Service(world, settings));
        server.register(new StsService(identities));
        server.register(new SsmService(world, ssm, ssmDocuments, clock));
        server.register(serviceQuotas);
        this.dynamoDb = new DynamoDbService(clock);
        server.register(dynamoDb);
        this.organization = new OrganizationsService(world, identities);
        server.register(organization);
    }

    /** Starts serving on 127.0.0.1 at an ephemeral port. */
    public Ec2StandIn start() {
        endpoint = server.start();
        return this;
    }

    /** The endpoint for {@code endpointOverride} (or {@code AWS_ENDPOINT_URL}). */
    public URI endpoint() {
        URI uri = endpoint;
        if (uri == null) {
            throw new IllegalStateException("the stand-in has not been started");
        }
        return uri;
    }

    @Override
    public void close() {
        faults().clear();
        server.close();
        endpoint = null;
    }

    /** Builds the world directly: accounts, roles, VPCs, subnets, route tables, groups, ACLs, instances, peerings. */
    public WorldSeed seed() {
        return new WorldSeed(world, identities);
    }

    /** The state behind the API, for assertions: {@code state().routeTable("rtb-...").routes()}. */
    public World state() {
        return world;
    }

    /** The long-term key of the account's user {@code peerbot}; the same key on every call. */
    public AccessKey credentialsFor(String account) {
        return identities.credentialsFor(account);
    }

    /** Lets {@code arn:aws:iam::<account>:role/<roleName>} be assumed through STS. */
    public Ec2StandIn role(String account, String roleName) {
        identities.addRole(account, roleName);
        return this;
    }

    /**
     * Makes an IAM action such as {@code "ec2:CreateRoute"} fail for every principal of an account: EC2 answers
     * {@code UnauthorizedOperation} naming the action (also for DryRun), STS {@code AccessDenied}.
     */
    public Ec2StandIn deny(String account, String iamAction) {
        permissions.deny(account, iamAction);
        return this;
    }

    /** Undoes {@link #deny}. */
    public Ec2StandIn allow(String account, String iamAction) {
        permissions.allow(account, iamAction);
        return this;
    }

    /** Throttling, 5xx and latency per action. */
    public Faults faults() {
        return faults;
    }

    /** Every call answered, with account, region, action, whether it mutates, and the outcome. */
    public CallLog calls() {
        return calls;
    }

    /** Quotas and the peering provisioning delay. */
    public Ec2Settings settings() {
        return settings;
    }

    /**
     * SSM Run Command on the same endpoint: which instances are managed, how long commands take, which hang,
     * ping latency and closed ports. {@code ping} and TCP connects run through the stand-in's own network model.
     */
    public SsmFleet ssm() {
        return ssm;
    }

    /**
     * The SSM Command documents of each account and region: {@code AWS-RunShellScript} and the bot's
     * {@code peerbot-probe} everywhere, unless removed from an account.
     */
    public SsmDocuments ssmDocuments() {
        return ssmDocuments;
    }

    /** Service Quotas on the same endpoint: the VPC quotas applied per account and region. */
    public ServiceQuotasService serviceQuotas() {
        return serviceQuotas;
    }

    /**
     * DynamoDB on the same endpoint: tables made with {@code createTable(account, region, name, keyAttribute)}
     * (time to live disabled, as {@code create-table} leaves it) or with a time-to-live attribute as a fifth
     * argument, conditional writes answered as DynamoDB answers them, items readable for assertions.
     */
    public DynamoDbService dynamodb() {
        return dynamoDb;
    }

    /**
     * AWS Organizations on the same endpoint: one organisation of every account the stand-in knows, unless said to
     * be {@code outside("999999999999")} it; deny {@code organizations:ListAccounts} for AWS's answer to an account
     * that is neither the management account nor a delegated administrator.
     */
    public OrganizationsService organization() {
        return organization;
    }

    /** Accounts, keys and roles; for services added with {@link #addService}. */
    public Identities identities() {
        return identities;
    }

    /**
     * Serves another AWS service on the same endpoint, picked by its SigV4 signing name (e.g. SSM's {@code ssm}).
     * The stand-in authenticates, logs, injects faults and checks permissions for it as for EC2.
     */
    public Ec2StandIn addService(AwsService service) {
        server.register(service);
        return this;
    }
}
