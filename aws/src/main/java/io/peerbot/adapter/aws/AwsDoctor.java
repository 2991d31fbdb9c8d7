package io.peerbot.adapter.aws;

import io.peerbot.application.doctor.Check;
import io.peerbot.adapter.aws.record.PeeringRecord;
import io.peerbot.domain.network.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.AssumeRoleResponse;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * What {@code peerbot doctor} checks in AWS, with the same settings the bot runs with: the region, who the
 * credentials are ({@code sts:GetCallerIdentity}), every EC2 action the bot calls (with {@code DryRun}, which
 * asks EC2 whether the call would be authorised without making it), what can be checked of SSM, and the role
 * in each watched account ({@code sts:AssumeRole}, then the same EC2 and SSM checks there), and in every account
 * and region whether the connectivity test's SSM document {@code peerbot-probe} is there.
 *
 * <p>A DryRun answers {@code DryRunOperation} when the call is allowed and {@code UnauthorizedOperation}
 * when it is not. EC2 may look a resource up before it authorises (a policy can depend on the resource's
 * tags), so the DryRuns use IDs of real resources where a describe finds some; an error about the sample
 * parameters (a missing or malformed ID, a wrong state) proves nothing either way and is reported as not
 * verified rather than as allowed. The stand-in authorises first, like an account whose policy has no
 * resource conditions.
 */
public final class AwsDoctor implements AutoCloseable {
    /** Every EC2 action the bot calls, as IAM names them without the {@code ec2:} prefix, in check order. */
    public static final List<String> EC2_ACTIONS = List.of(
            "DescribeVpcs", "DescribeSubnets", "DescribeRouteTables", "DescribeSecurityGroups",
            "DescribeSecurityGroupRules", "DescribeInstances", "DescribeNetworkAcls", "DescribeNetworkInterfaces",
            "DescribeVpcPeeringConnections", "DescribeStaleSecurityGroups", "DescribeVpcAttribute",
            "CreateVpcPeeringConnection", "AcceptVpcPeeringConnection", "RejectVpcPeeringConnection",
            "DeleteVpcPeeringConnection", "ModifyVpcPeeringConnectionOptions", "CreateTags", "DeleteTags", "CreateRoute",
            "DeleteRoute", "AuthorizeSecurityGroupIngress", "RevokeSecurityGroupIngress");
    /** SSM actions of the connectivity test that cannot be tried without running a command on an instance. */
    public static final List<String> SSM_NOT_VERIFIABLE = List.of("SendCommand", "GetCommandInvocation",
            "CancelCommand");
    /** SSM actions only doctor calls (the bot's role needs them for doctor): whether the probe document is there. */
    public static final List<String> SSM_DOCTOR_ONLY = List.of("DescribeDocument");
    private static final String PROBE_FILE = "iam/" + SsmRemoteCommands.DOCUMENT + ".json";
    private static final String POLICY_FILE = "iam/peerbot-policy.json";
    private static final String TRUST_FILE = "iam/peerbot-role-trust.json";
    /** A documentation range (RFC 5737): never a real peer. */
    private static final String SAMPLE_CIDR = "192.0.2.0/24";
    private static final RetrySettings RETRY = new RetrySettings(3, Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofSeconds(2));

    private final AwsSettings settings;
    private final List<SdkAutoCloseable> clients = new ArrayList<>();

    public AwsDoctor(AwsSettings settings) {
        this.settings = settings;
    }

    /** The checks, in order; a failed region or identity ends them (nothing else can be asked then). */
    public List<Check> check(List<Location> watched) {
        List<Check> checks = new ArrayList<>();
        Region region;
        try {
            region = settings.region().map(Region::of).orElseGet(() -> new DefaultAwsRegionProviderChain().getRegion());
        } catch (RuntimeException e) {
            checks.add(Check.fail("AWS region", "none configured (not in AWS_REGION, the profile or instance metadata)",
                    "set AWS_REGION to the region of the bot's own VPCs, e.g. AWS_REGION=us-east-1"));
            return checks;
        }
        StsClient sts = sts(region);
        GetCallerIdentityResponse me;
        try {
            me = sts.getCallerIdentity();
        } catch (SdkException e) {
            checks.add(Check.fail("AWS identity (sts:GetCallerIdentity)", describe(e), identityFix(e)));
            return checks;
        }
        Location home = new Location(me.account(), region.id());
        String policyHolder = policyHolder(me.arn());
        checks.add(Check.ok("AWS identity", me.arn() + " (account " + me.account() + ", region " + region.id() + ")"));

        Ec2Client ec2 = ec2(home, settings.credentials());
        Map<String, Check> ec2Checks = ec2Permissions(ec2, policyHolder);
        checks.addAll(ec2Checks.values());
        SsmClient homeSsm = ssm(home, settings.credentials());
        checks.addAll(ssm(homeSsm, policyHolder));
        checks.add(probeDocument(homeSsm, home, policyHolder));
        checks.addAll(watched(sts, home, policyHolder, watched));
        return checks;
    }

    private List<Check> watched(StsClient sts, Location home, String botPrincipal, List<Location> watched) {
        List<Check> checks = new ArrayList<>();
        Optional<String> template = settings.assumeRoleTemplate();
        boolean otherAccount = watched.stream().anyMatch(l -> !l.account().equals(home.account()));
        if (template.isPresent() && !otherAccount) {
            checks.add(Check.unverified("PEERBOT_ASSUME_ROLE", template.get() + " is set, but PEERBOT_WATCH names no "
                    + "other account to try it in", "list the other accounts' account:region pairs in PEERBOT_WATCH "
                    + "(e.g. 222233334444:eu-west-1) to check the role there"));
        }
        Map<String, Optional<AwsCredentialsProvider>> assumed = new HashMap<>();
        for (Location location : watched) {
            if (location.equals(home)) {
                continue;
            }
            Optional<AwsCredentialsProvider> credentials;
            String holder;
            if (location.account().equals(home.account())) {
                credentials = Optional.of(settings.credentials());
                holder = "the bot's own identity";
            } else if (template.isEmpty()) {
                checks.add(Check.fail("role in account " + location.account(), "PEERBOT_WATCH lists " + location
                        + ", but PEERBOT_ASSUME_ROLE is not set, so the bot cannot act there",
                        "set PEERBOT_ASSUME_ROLE=arn:aws:iam::{account}:role/peerbot and create that role in account "
                                + location.account() + " (trust policy: " + TRUST_FILE + ", permissions: "
                                + POLICY_FILE + ")"));
                continue;
            } else {
                String roleArn = template.get().replace("{account}", location.account());
                credentials = assumed.computeIfAbsent(location.account(),
                        a -> assume(sts, roleArn, home, botPrincipal, checks));
                holder = roleArn;
            }
            credentials.ifPresent(c -> {
                SsmClient ssm = ssm(location, c);
                checks.add(summary(location, holder, ec2Permissions(ec2(location, c), holder).values(),
                        ssm(ssm, holder)));
                checks.add(probeDocument(ssm, location, holder));
            });
        }
        return checks;
    }

    private Optional<AwsCredentialsProvider> assume(StsClient sts, String roleArn, Location home, String botPrincipal,
                                                    List<Check> checks) {
        String subject = "sts:AssumeRole " + roleArn;
        try {
            AssumeRoleResponse role = sts.assumeRole(r -> r.roleArn(roleArn)
                    .roleSessionName(AwsEc2Gateways.SESSION_NAME));
            checks.add(Check.ok(subject, "assumed, as " + role.assumedRoleUser().arn()));
            var c = role.credentials();
            return Optional.of(StaticCredentialsProvider.create(
                    AwsSessionCredentials.create(c.accessKeyId(), c.secretAccessKey(), c.sessionToken())));
        } catch (SdkException e) {
            checks.add(Check.fail(subject, describe(e), "create the role with the trust policy " + TRUST_FILE
                    + " (BOT_ACCOUNT_ID=" + home.account() + ", trusting " + botPrincipal + ") and the permissions of "
                    + POLICY_FILE + ", and allow sts:AssumeRole on it in the bot's own policy"));
            return Optional.empty();
        }
    }

    private static Check summary(Location location, String holder, Iterable<Check> ec2, List<Check> ssm) {
        List<Check> all = new ArrayList<>();
        ec2.forEach(all::add);
        all.addAll(ssm);
        String subject = "EC2 and SSM permissions in " + location;
        List<String> missing = all.stream().filter(Check::failed).map(Check::subject).toList();
        if (!missing.isEmpty()) {
            return Check.fail(subject, "missing " + String.join(", ", missing) + " for " + holder,
                    "add " + String.join(", ", missing) + " to the policy of " + holder + " (" + POLICY_FILE + ")");
        }
        List<String> unverified = all.stream().filter(c -> c.status() == Check.Status.UNVERIFIED)
                .map(Check::subject).toList();
        String allowed = (all.size() - unverified.size()) + " actions allowed for " + holder;
        if (unverified.stream().anyMatch(s -> s.startsWith("ec2:"))) {
            return Check.unverified(subject, allowed + "; not verifiable: " + String.join(", ", unverified),
                    "see the lines for the bot's own account");
        }
        return Check.ok(subject, allowed + (unverified.isEmpty() ? "" : " (" + String.join(", ", unverified)
                + " cannot be checked without running a command)"));
    }

    /** One check per EC2 action, by DryRun. */
    private Map<String, Check> ec2Permissions(Ec2Client ec2, String holder) {
        Samples s = Samples.find(ec2);
        Map<String, BiConsumer<Ec2Client, Samples>> dryRuns = dryRuns();
        Map<String, Check> checks = new LinkedHashMap<>();
        for (String action : EC2_ACTIONS) {
            checks.put(action, dryRun("ec2:" + action, () -> dryRuns.get(action).accept(ec2, s), holder));
        }
        return checks;
    }

    private static Check dryRun(String iamAction, Runnable call, String holder) {
        try {
            call.run();
            return Check.ok(iamAction, "allowed");
        } catch (AwsServiceException e) {
            String code = AwsErrors.code(e);
            if ("DryRunOperation".equals(code)) {
                return Check.ok(iamAction, "allowed (DryRun)");
            }
            if ("UnauthorizedOperation".equals(code) || code.startsWith("AccessDenied")) {
                return Check.fail(iamAction, "not allowed for " + holder,
                        "add \"" + iamAction + "\" to the policy of " + holder + " (" + POLICY_FILE + ")");
            }
            return Check.unverified(iamAction, "not verified: EC2 answered " + code + " about the sample parameters ("
                    + message(e) + ") before saying whether the call is allowed",
                    "nothing to fix unless the first real call fails; a VPC, route table, security group and "
                            + "peering in this account let doctor test with real IDs");
        } catch (SdkException e) {
            return Check.fail(iamAction, "could not ask EC2: " + describe(e),
                    "check the network path to EC2 and AWS_ENDPOINT_URL");
        }
    }

    private static Map<String, BiConsumer<Ec2Client, Samples>> dryRuns() {
        IpPermission rule = IpPermission.builder().ipProtocol("tcp").fromPort(1).toPort(1)
                .ipRanges(IpRange.builder().cidrIp(SAMPLE_CIDR).description("peerbot doctor dry run").build()).build();
        Map<String, BiConsumer<Ec2Client, Samples>> calls = new HashMap<>();
        calls.put("DescribeVpcs", (ec2, s) -> ec2.describeVpcs(r -> r.dryRun(true)));
        calls.put("DescribeSubnets", (ec2, s) -> ec2.describeSubnets(r -> r.dryRun(true)));
        calls.put("DescribeRouteTables", (ec2, s) -> ec2.describeRouteTables(r -> r.dryRun(true)));
        calls.put("DescribeSecurityGroups", (ec2, s) -> ec2.describeSecurityGroups(r -> r.dryRun(true)));
        calls.put("DescribeSecurityGroupRules", (ec2, s) -> ec2.describeSecurityGroupRules(r -> r.dryRun(true)));
        calls.put("DescribeInstances", (ec2, s) -> ec2.describeInstances(r -> r.dryRun(true)));
        calls.put("DescribeNetworkAcls", (ec2, s) -> ec2.describeNetworkAcls(r -> r.dryRun(true)));
        calls.put("DescribeNetworkInterfaces", (ec2, s) -> ec2.describeNetworkInterfaces(r -> r.dryRun(true)));
        calls.put("DescribeVpcPeeringConnections", (ec2, s) -> ec2.describeVpcPeeringConnections(r -> r.dryRun(true)));
        calls.put("DescribeStaleSecurityGroups", (ec2, s) -> ec2.describeStaleSecurityGroups(r -> r.dryRun(true)
                .vpcId(s.vpc())));
        calls.put("DescribeVpcAttribute", (ec2, s) -> ec2.describeVpcAttribute(r -> r.dryRun(true).vpcId(s.vpc())
                .attribute(software.amazon.awssdk.services.ec2.model.VpcAttributeName.ENABLE_DNS_HOSTNAMES)));
        // Tagged as the bot's calls are: the policy allows creating peerings and rules only with that tag.
        calls.put("CreateVpcPeeringConnection", (ec2, s) -> ec2.createVpcPeeringConnection(r -> r.dryRun(true)
                .vpcId(s.vpc()).peerVpcId(s.peerVpc())
                .tagSpecifications(managed(ResourceType.VPC_PEERING_CONNECTION))));
        calls.put("AcceptVpcPeeringConnection", (ec2, s) -> ec2.acceptVpcPeeringConnection(r -> r.dryRun(true)
                .vpcPeeringConnectionId(s.pcx())));
        calls.put("RejectVpcPeeringConnection", (ec2, s) -> ec2.rejectVpcPeeringConnection(r -> r.dryRun(true)
                .vpcPeeringConnectionId(s.pcx())));
        calls.put("DeleteVpcPeeringConnection", (ec2, s) -> ec2.deleteVpcPeeringConnection(r -> r.dryRun(true)
                .vpcPeeringConnectionId(s.pcx())));
        calls.put("ModifyVpcPeeringConnectionOptions", (ec2, s) -> ec2.modifyVpcPeeringConnectionOptions(r -> r
                .dryRun(true).vpcPeeringConnectionId(s.pcx())
                .requesterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true))));
        calls.put("CreateTags", (ec2, s) -> ec2.createTags(r -> r.dryRun(true).resources(s.pcx())
                .tags(Tag.builder().key("peerbot:doctor").value("dry-run").build())));
        calls.put("DeleteTags", (ec2, s) -> ec2.deleteTags(r -> r.dryRun(true).resources(s.pcx())
                .tags(Tag.builder().key("peerbot:doctor").build())));
        calls.put("CreateRoute", (ec2, s) -> ec2.createRoute(r -> r.dryRun(true).routeTableId(s.routeTable())
                .destinationCidrBlock(SAMPLE_CIDR).vpcPeeringConnectionId(s.pcx())));
        calls.put("DeleteRoute", (ec2, s) -> ec2.deleteRoute(r -> r.dryRun(true).routeTableId(s.routeTable())
                .destinationCidrBlock(SAMPLE_CIDR)));
        calls.put("AuthorizeSecurityGroupIngress", (ec2, s) -> ec2.authorizeSecurityGroupIngress(r -> r.dryRun(true)
                .groupId(s.group()).ipPermissions(rule)
                .tagSpecifications(managed(ResourceType.SECURITY_GROUP_RULE))));
        calls.put("RevokeSecurityGroupIngress", (ec2, s) -> ec2.revokeSecurityGroupIngress(r -> r.dryRun(true)
                .groupId(s.group()).ipPermissions(rule)));
        return calls;
    }

    private static TagSpecification managed(ResourceType type) {
        return TagSpecification.builder().resourceType(type)
                .tags(Tag.builder().key(PeeringRecord.MANAGED).value("true").build()).build();
    }

    /** {@code ssm:DescribeInstanceInformation} for real; the rest of the test's SSM calls cannot be tried. */
    private static List<Check> ssm(SsmClient ssm, String holder) {
        List<Check> checks = new ArrayList<>();
        String subject = "ssm:DescribeInstanceInformation";
        try {
            int managed = ssm.describeInstanceInformation(r -> r.maxResults(50)).instanceInformationList().size();
            checks.add(Check.ok(subject, "allowed (" + (managed >= 50 ? "50 or more" : managed)
                    + " instances managed by SSM)"));
        } catch (AwsServiceException e) {
            String code = AwsErrors.code(e);
            checks.add(Check.fail(subject, code.startsWith("AccessDenied") || "UnauthorizedOperation".equals(code)
                            ? "not allowed for " + holder : describe(e),
                    "add \"" + subject + "\" to the policy of " + holder + " (" + POLICY_FILE + ")"));
        } catch (SdkException e) {
            checks.add(Check.fail(subject, "could not ask SSM: " + describe(e),
                    "check the network path to SSM and AWS_ENDPOINT_URL"));
        }
        checks.add(Check.unverified(String.join(", ", SSM_NOT_VERIFIABLE.stream().map(a -> "ssm:" + a).toList()),
                "not verifiable without running a command on an instance",
                "make sure the policy has them (" + POLICY_FILE + "); /peer test reports it when they are missing"));
        return checks;
    }

    /**
     * Whether the connectivity test's SSM document is in the account and region ({@code ssm:DescribeDocument});
     * without it every {@code /peer test} there falls back to the static check.
     */
    private static Check probeDocument(SsmClient ssm, Location location, String holder) {
        String subject = "SSM document " + SsmRemoteCommands.DOCUMENT + " in " + location;
        try {
            var document = ssm.describeDocument(r -> r.name(SsmRemoteCommands.DOCUMENT)).document();
            return Check.ok(subject, "present (" + document.documentTypeAsString() + ", version "
                    + document.documentVersion() + ")");
        } catch (InvalidDocumentException e) {
            return Check.fail(subject, "missing: the connectivity test cannot run there (" + AwsErrors.code(e) + ")",
                    "create it with the credentials of " + holder + ": aws ssm create-document --name "
                            + SsmRemoteCommands.DOCUMENT + " --document-type Command --content file://" + PROBE_FILE
                            + " --region " + location.region());
        } catch (AwsServiceException e) {
            String code = AwsErrors.code(e);
            boolean denied = code.startsWith("AccessDenied") || "UnauthorizedOperation".equals(code);
            return Check.fail(subject, denied ? "ssm:DescribeDocument not allowed for " + holder : describe(e),
                    denied ? "add \"ssm:DescribeDocument\" to the policy of " + holder + " (" + POLICY_FILE + ")"
                            : "check the network path to SSM and AWS_ENDPOINT_URL");
        } catch (SdkException e) {
            return Check.fail(subject, "could not ask SSM: " + describe(e),
                    "check the network path to SSM and AWS_ENDPOINT_URL");
        }
    }

    private static String identityFix(SdkException e) {
        if (e instanceof AwsServiceException) {
            return "the credentials were refused (wrong, expired or of another partition): renew them or give the bot "
                    + "an instance, task or pod role";
        }
        if (String.valueOf(e.getMessage()).startsWith("Unable to load credentials")) {
            return "give the bot AWS credentials: an instance, task or pod role, AWS_PROFILE, or AWS_ACCESS_KEY_ID "
                    + "and AWS_SECRET_ACCESS_KEY";
        }
        return "check the network path to STS in the region (and AWS_ENDPOINT_URL if set)";
    }

    private static String describe(SdkException e) {
        if (e instanceof AwsServiceException service) {
            return AwsErrors.code(service) + ": " + message(service);
        }
        String message = String.valueOf(e.getMessage());
        if (message.startsWith("Unable to load credentials")) {
            return "no credentials found (none in the environment, the profile, a web identity token, the container "
                    + "or the instance)";
        }
        return message.length() > 240 ? message.substring(0, 240) + "…" : message;
    }

    private static String message(AwsServiceException e) {
        String message = e.awsErrorDetails() != null && e.awsErrorDetails().errorMessage() != null
                ? e.awsErrorDetails().errorMessage() : e.getMessage();
        return message.length() > 240 ? message.substring(0, 240) + "…" : message;
    }

    /** Who a policy has to be attached to: the role behind an assumed-role session, else the identity itself. */
    static String policyHolder(String arn) {
        var session = java.util.regex.Pattern.compile("arn:(aws[a-z-]*):sts::(\\d{12}):assumed-role/([^/]+)/.*")
                .matcher(arn);
        return session.matches()
                ? "arn:" + session.group(1) + ":iam::" + session.group(2) + ":role/" + session.group(3) : arn;
    }

    private StsClient sts(Region region) {
        var builder = StsClient.builder().region(region).credentialsProvider(settings.credentials())
                .overrideConfiguration(overrides());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return keep(builder.build());
    }

    private Ec2Client ec2(Location location, AwsCredentialsProvider credentials) {
        var builder = Ec2Client.builder().region(Region.of(location.region())).credentialsProvider(credentials)
                .overrideConfiguration(overrides());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return keep(builder.build());
    }

    private SsmClient ssm(Location location, AwsCredentialsProvider credentials) {
        var builder = SsmClient.builder().region(Region.of(location.region())).credentialsProvider(credentials)
                .overrideConfiguration(overrides());
        settings.endpoint().ifPresent(builder::endpointOverride);
        return keep(builder.build());
    }

    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder().retryStrategy(RETRY.strategy())
                .apiCallTimeout(Duration.ofSeconds(30)).build();
    }

    private synchronized <T extends SdkAutoCloseable> T keep(T client) {
        clients.add(client);
        return client;
    }

    @Override
    public synchronized void close() {
        clients.forEach(SdkAutoCloseable::close);
        clients.clear();
    }

    /** IDs to aim the DryRuns at: real ones where a describe finds them, else well-formed placeholders. */
    record Samples(String vpc, String peerVpc, String routeTable, String group, String pcx) {
        static Samples find(Ec2Client ec2) {
            List<String> vpcs = quietly(() -> ec2.describeVpcs(r -> r.maxResults(5)).vpcs().stream()
                    .map(Vpc::vpcId).toList());
            String vpc = vpcs.isEmpty() ? "vpc-00000000000000000" : vpcs.get(0);
            String peerVpc = vpcs.size() > 1 ? vpcs.get(1) : "vpc-00000000000000001";
            String table = first(quietly(() -> ec2.describeRouteTables(r -> r.maxResults(5)).routeTables().stream()
                    .map(RouteTable::routeTableId).toList()), "rtb-00000000000000000");
            String group = first(quietly(() -> ec2.describeSecurityGroups(r -> r.maxResults(5)).securityGroups()
                    .stream().map(SecurityGroup::groupId).toList()), "sg-00000000000000000");
            // Only a peering the bot made: the policy lets it tag and delete no other.
            String pcx = first(quietly(() -> ec2.describeVpcPeeringConnections(r -> r.maxResults(5)
                            .filters(f -> f.name("tag:" + PeeringRecord.MANAGED).values("true")))
                    .vpcPeeringConnections().stream().map(VpcPeeringConnection::vpcPeeringConnectionId).toList()),
                    "pcx-00000000000000000");
            return new Samples(vpc, peerVpc, table, group, pcx);
        }

        private static String first(List<String> ids, String otherwise) {
            return ids.isEmpty() ? otherwise : ids.get(0);
        }

        private static List<String> quietly(java.util.function.Supplier<List<String>> describe) {
            try {
                return describe.get();
            } catch (SdkException e) {
                return List.of();
            }
        }
    }
}
