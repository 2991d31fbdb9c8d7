package io.peerbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.Cidr;
import io.peerbot.standin.ec2.Ec2StandIn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

/** The demo organisation as the bot sees it: through the real AWS SDK, in both accounts. */
class DemoOrganisationTest {
    private Ec2StandIn ec2;
    private DemoOrganisation org;
    private Ec2Client home;
    private StsClient sts;
    private Ec2Client billing;

    @BeforeEach
    void seed() {
        ec2 = new Ec2StandIn().start();
        org = DemoOrganisation.seed(ec2);
        AwsCredentialsProvider bot = ec2.credentialsFor(DemoOrganisation.HOME_ACCOUNT).provider();
        home = ec2Client(bot, DemoOrganisation.HOME_REGION);
        sts = StsClient.builder().endpointOverride(ec2.endpoint()).region(Region.of(DemoOrganisation.HOME_REGION))
                .credentialsProvider(bot).build();
        String role = DemoOrganisation.ASSUME_ROLE_TEMPLATE.replace("{account}", DemoOrganisation.BILLING_ACCOUNT);
        billing = ec2Client(StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
                .refreshRequest(r -> r.roleArn(role).roleSessionName("peerbot")).build(),
                DemoOrganisation.BILLING_REGION);
    }

    private Ec2Client ec2Client(AwsCredentialsProvider credentials, String region) {
        return Ec2Client.builder().endpointOverride(ec2.endpoint()).region(Region.of(region))
                .credentialsProvider(credentials).build();
    }

    @AfterEach
    void stop() {
        billing.close();
        sts.close();
        home.close();
        ec2.close();
    }

    @Test
    void everyVpcIsWhereTheTableSaysWithItsOwner() {
        Map<String, Vpc> homeVpcs = byName(home.describeVpcs().vpcs());
        Map<String, Vpc> billingVpcs = byName(billing.describeVpcs().vpcs());

        for (DemoVpc demo : DemoOrganisation.VPCS) {
            Vpc vpc = (demo.account().equals(DemoOrganisation.HOME_ACCOUNT) ? homeVpcs : billingVpcs).get(demo.name());
            assertThat(vpc).as(demo.name()).isNotNull();
            assertThat(vpc.cidrBlock()).isEqualTo(demo.cidr());
            assertThat(vpc.ownerId()).isEqualTo(demo.account());
            assertThat(tag(vpc.tags(), "peerbot:owner")).isEqualTo(demo.ownerId());
        }
        assertThat(homeVpcs.get("app-vpc").vpcId()).isEqualTo(org.ids().appVpc());
        assertThat(billingVpcs.get("billing").vpcId()).isEqualTo(org.ids().billingVpc());
        assertThat(DemoOrganisation.PEOPLE).extracting(DemoUser::id)
                .containsAll(DemoOrganisation.VPCS.stream().map(DemoVpc::ownerId).toList())
                .containsAll(DemoOrganisation.ADMINS);
    }

    @Test
    void appVpcHasThreeRouteTablesWithOneSubnetOnTheMainOneTwoGroupsAndAProbe() {
        Filter inApp = Filter.builder().name("vpc-id").values(org.ids().appVpc()).build();

        var tables = home.describeRouteTables(r -> r.filters(inApp)).routeTables();
        var subnets = home.describeSubnets(r -> r.filters(inApp)).subnets();
        var groups = home.describeSecurityGroups(r -> r.filters(inApp)).securityGroups();
        var probes = home.describeInstances(r -> r.filters(inApp,
                Filter.builder().name("tag-key").values("peerbot:probe").build())).reservations();

        assertThat(tables).hasSize(3);
        var explicitlyAssociated = tables.stream().flatMap(t -> t.associations().stream())
                .filter(a -> a.subnetId() != null).map(a -> a.subnetId()).collect(Collectors.toSet());
        assertThat(subnets).hasSize(3).filteredOn(s -> !explicitlyAssociated.contains(s.subnetId()))
                .extracting(s -> tag(s.tags(), "Name")).containsExactly("app-batch-c");
        assertThat(groups).extracting(g -> g.groupName()).contains("default", "app-web", "app-svc");
        assertThat(probes).flatExtracting(r -> r.instances()).extracting(i -> i.instanceId())
                .containsExactly(org.ids().appProbe());
    }

    @Test
    void legacyVpcIsTheOnlyPairThatOverlaps() {
        List<String> overlapping = new ArrayList<>();
        for (DemoVpc a : DemoOrganisation.VPCS) {
            for (DemoVpc b : DemoOrganisation.VPCS) {
                if (a.name().compareTo(b.name()) < 0 && Cidr.parse(a.cidr()).overlaps(Cidr.parse(b.cidr()))) {
                    overlapping.add(a.name() + " " + b.name());
                }
            }
        }
        assertThat(overlapping).containsExactly("app-vpc legacy-vpc");
    }

    @Test
    void dataVpcsDatabaseSubnetDropsPostgresFromAppVpcButLetsTheRestIn() {
        var acl = home.describeNetworkAcls(r -> r.networkAclIds(org.ids().blockingAcl())).networkAcls().get(0);
        List<NetworkAclEntry> inbound = acl.entries().stream().filter(e -> !e.egress())
                .sorted((a, b) -> Integer.compare(a.ruleNumber(), b.ruleNumber())).toList();

        assertThat(acl.vpcId()).isEqualTo(org.ids().dataVpc());
        assertThat(acl.associations()).hasSize(1);
        NetworkAclEntry first = inbound.get(0);
        assertThat(first.ruleNumber()).isEqualTo(DemoOrganisation.BLOCKING_ACL_RULE);
        assertThat(first.ruleActionAsString()).isEqualTo("deny");
        assertThat(first.protocol()).isEqualTo("6");
        assertThat(first.portRange().from()).isEqualTo(DemoOrganisation.BLOCKED_PORT);
        assertThat(first.cidrBlock()).isEqualTo(DemoOrganisation.APP_VPC.cidr());
        assertThat(inbound.get(1).ruleActionAsString()).isEqualTo("allow");
        assertThat(inbound.get(1).protocol()).isEqualTo("-1");
    }

    @Test
    void billingHasItsProbeInTheDatabaseSubnet() {
        var probes = billing.describeInstances(r -> r.filters(
                Filter.builder().name("tag-key").values("peerbot:probe").build())).reservations();

        assertThat(probes).flatExtracting(r -> r.instances()).singleElement().satisfies(i -> {
            assertThat(i.instanceId()).isEqualTo(org.ids().billingProbe());
            assertThat(i.privateIpAddress()).startsWith("10.20.2.");
        });
    }

    @Test
    void billingsDatabaseIsAnRdsInterfaceNextToTheBastion() {
        var interfaces = billing.describeNetworkInterfaces(r -> r.filters(
                Filter.builder().name("requester-id").values("amazon-rds").build())).networkInterfaces();

        assertThat(interfaces).singleElement().satisfies(eni -> {
            assertThat(eni.description()).isEqualTo("RDSNetworkInterface");
            assertThat(eni.requesterManaged()).isTrue();
            assertThat(eni.attachment().instanceId()).isNull();
            assertThat(eni.privateIpAddress()).startsWith("10.20.2.");
            assertThat(eni.groups()).extracting(g -> g.groupName()).containsExactly("billing-db");
        });
    }

    private static Map<String, Vpc> byName(List<Vpc> vpcs) {
        return vpcs.stream().collect(Collectors.toMap(v -> tag(v.tags(), "Name"), v -> v));
    }

    private static String tag(List<Tag> tags, String key) {
        return tags.stream().filter(t -> t.key().equals(key)).map(Tag::value).findFirst().orElse(null);
    }
}
