package io.peerbot.standin.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Vpc;

class DescribeTest {
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "us-east-1";

    private Ec2StandIn standIn;
    private Ec2Client ec2;
    private VpcSeed app;
    private VpcSeed db;
    private SubnetSeed appA;
    private SubnetSeed appC;
    private SecurityGroupSeed appWeb;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        RegionSeed east = standIn.seed().account(ACCOUNT).region(REGION);
        app = east.vpc("app-vpc", "10.0.0.0/16", "10.1.0.0/16").ipv6("2600:1f18:aaaa:bb00::/56")
                .tag("peerbot:owner", "U0APP");
        appA = app.subnet("app-a", "10.0.1.0/24").ipv6("2600:1f18:aaaa:bb01::/64");
        SubnetSeed appB = app.subnet("app-b", "10.0.2.0/24");
        appC = app.subnet("app-c", "10.1.3.0/24");
        app.routeTable("app-rt-a", appA);
        app.routeTable("app-rt-b", appB);
        appWeb = app.securityGroup("app-web").tag("team", "web").ingress("tcp", 443, 443, "10.0.0.0/8", "https");
        app.securityGroup("app-db");
        appA.instance("app-probe").tag("peerbot:probe", "true").securityGroups(appWeb);
        appA.instance("app-stopped").state("stopped");
        db = east.vpc("db-vpc", "10.2.0.0/16");
        db.subnet("db-a", "10.2.1.0/24");
        ec2 = Clients.ec2(standIn, ACCOUNT, REGION);
    }

    @AfterEach
    void stop() {
        ec2.close();
        standIn.close();
    }

    @Test
    void vpcsByNameTagShowEveryBlockAndIpv6() {
        List<Vpc> vpcs = ec2.describeVpcs(r -> r.filters(filter("tag:Name", "app-vpc"))).vpcs();

        assertThat(vpcs).singleElement().satisfies(vpc -> {
            assertThat(vpc.vpcId()).isEqualTo(app.id()).matches("vpc-[0-9a-f]{17}");
            assertThat(vpc.ownerId()).isEqualTo(ACCOUNT);
            assertThat(vpc.cidrBlock()).isEqualTo("10.0.0.0/16");
            assertThat(vpc.cidrBlockAssociationSet()).extracting(a -> a.cidrBlock())
                    .containsExactly("10.0.0.0/16", "10.1.0.0/16");
            assertThat(vpc.cidrBlockAssociationSet().get(1).cidrBlockState().stateAsString()).isEqualTo("associated");
            assertThat(vpc.ipv6CidrBlockAssociationSet()).extracting(a -> a.ipv6CidrBlock())
                    .containsExactly("2600:1f18:aaaa:bb00::/56");
            assertThat(vpc.tags()).extracting(t -> t.key() + "=" + t.value())
                    .containsExactly("Name=app-vpc", "peerbot:owner=U0APP");
        });
    }

    @Test
    void vpcFiltersAndIdLists() {
        assertThat(ec2.describeVpcs(r -> r.vpcIds(db.id())).vpcs()).extracting(Vpc::vpcId).containsExactly(db.id());
        assertThat(ec2.describeVpcs(r -> r.filters(filter("cidr", "10.2.0.0/16"))).vpcs())
                .extracting(Vpc::vpcId).containsExactly(db.id());
        assertThat(ec2.describeVpcs(r -> r.filters(filter("owner-id", ACCOUNT), filter("tag:Name", "*-vpc")))
                .vpcs()).hasSize(2);
        assertThat(ec2.describeVpcs(r -> r.filters(filter("tag-key", "peerbot:owner"))).vpcs())
                .extracting(Vpc::vpcId).containsExactly(app.id());
    }

    @Test
    void unknownVpcIdIsNotFound() {
        assertThatThrownBy(() -> ec2.describeVpcs(r -> r.vpcIds("vpc-0123456789abcdef0")))
                .isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(Clients.errorCode(e)).isEqualTo("InvalidVpcID.NotFound");
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("vpc-0123456789abcdef0");
                });
    }

    @Test
    void unknownFilterIsRejected() {
        assertThatThrownBy(() -> ec2.describeVpcs(r -> r.filters(filter("colour", "blue"))))
                .isInstanceOfSatisfying(Ec2Exception.class,
                        e -> assertThat(Clients.errorCode(e)).isEqualTo("InvalidParameterValue"));
    }

    @Test
    void subnetsOfAVpcWithIpv6() {
        var subnets = ec2.describeSubnets(r -> r.filters(filter("vpc-id", app.id()))).subnets();

        assertThat(subnets).extracting(s -> s.cidrBlock()).containsExactly("10.0.1.0/24", "10.0.2.0/24", "10.1.3.0/24");
        assertThat(subnets.get(0).ipv6CidrBlockAssociationSet()).extracting(a -> a.ipv6CidrBlock())
                .containsExactly("2600:1f18:aaaa:bb01::/64");
        assertThat(subnets.get(0).availabilityZone()).isEqualTo("us-east-1a");
        assertThat(ec2.describeSubnets(r -> r.subnetIds(appC.id())).subnets()).singleElement()
                .satisfies(s -> assertThat(s.vpcId()).isEqualTo(app.id()));
    }

    @Test
    void mainRouteTableCarriesTheLocalRoutesAndServesUnassociatedSubnets() {
        List<RouteTable> tables = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", app.id()))).routeTables();
        assertThat(tables).hasSize(3);

        RouteTable main = ec2.describeRouteTables(r -> r.filters(filter("vpc-id", app.id()),
                filter("association.main", "true"))).routeTables().get(0);
        assertThat(main.associations()).singleElement().satisfies(a -> {
            assertThat(a.main()).isTrue();
            assertThat(a.subnetId()).isNull();
        });
        assertThat(main.routes()).extracting(r -> r.destinationCidrBlock() + "|" + r.destinationIpv6CidrBlock()
                        + "|" + r.gatewayId() + "|" + r.stateAsString())
                .containsExactly("10.0.0.0/16|null|local|active", "10.1.0.0/16|null|local|active",
                        "null|2600:1f18:aaaa:bb00::/56|local|active");

        RouteTable ofA = ec2.describeRouteTables(r -> r.filters(filter("association.subnet-id", appA.id())))
                .routeTables().get(0);
        assertThat(ofA.tags()).extracting(t -> t.value()).containsExactly("app-rt-a");
        assertThat(ec2.describeRouteTables(r -> r.filters(filter("association.subnet-id", appC.id())))
                .routeTables()).isEmpty();
    }

    @Test
    void securityGroupsByTagWithTheirRules() {
        List<SecurityGroup> groups = ec2.describeSecurityGroups(r -> r.filters(filter("tag-key", "team")))
                .securityGroups();

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.groupId()).isEqualTo(appWeb.id()).matches("sg-[0-9a-f]{17}");
            assertThat(g.ipPermissions()).singleElement().satisfies(p -> {
                assertThat(p.ipProtocol()).isEqualTo("tcp");
                assertThat(p.fromPort()).isEqualTo(443);
                assertThat(p.ipRanges()).singleElement().satisfies(range -> {
                    assertThat(range.cidrIp()).isEqualTo("10.0.0.0/8");
                    assertThat(range.description()).isEqualTo("https");
                });
            });
            assertThat(g.ipPermissionsEgress()).singleElement()
                    .satisfies(p -> assertThat(p.ipProtocol()).isEqualTo("-1"));
        });
        assertThat(ec2.describeSecurityGroups(r -> r.filters(filter("vpc-id", app.id()))).securityGroups())
                .extracting(SecurityGroup::groupName).containsExactlyInAnyOrder("default", "app-web", "app-db");
    }

    @Test
    void instancesByTagAndState() {
        List<Instance> probes = ec2.describeInstances(r -> r.filters(filter("tag-key", "peerbot:probe"),
                        filter("vpc-id", app.id())))
                .reservations().stream().flatMap(res -> res.instances().stream()).toList();
        assertThat(probes).singleElement().satisfies(i -> {
            assertThat(i.privateIpAddress()).isEqualTo("10.0.1.10");
            assertThat(i.subnetId()).isEqualTo(appA.id());
            assertThat(i.state().nameAsString()).isEqualTo("running");
            assertThat(i.securityGroups()).extracting(g -> g.groupId()).containsExactly(appWeb.id());
        });
        List<Instance> running = ec2.describeInstances(r -> r.filters(filter("instance-state-name", "running")))
                .reservations().stream().flatMap(res -> res.instances().stream()).toList();
        assertThat(running).hasSize(1);
    }

    @Test
    void networkAclOfASubnet() {
        var acls = ec2.describeNetworkAcls(r -> r.filters(filter("association.subnet-id", appA.id()))).networkAcls();

        assertThat(acls).singleElement().satisfies(acl -> {
            assertThat(acl.isDefault()).isTrue();
            assertThat(acl.entries()).extracting(e -> e.ruleNumber() + (e.egress() ? "out" : "in") + e.ruleActionAsString())
                    .contains("100inallow", "32767indeny", "100outallow", "101inallow");
        });
    }

    @Test
    void paginatorWalksEveryPage() {
        for (int i = 0; i < 12; i++) {
            standIn.seed().account(ACCOUNT).region(REGION).vpc("extra-" + i, "10." + (100 + i) + ".0.0/16");
        }
        List<String> ids = ec2.describeVpcsPaginator(r -> r.maxResults(5)).vpcs().stream().map(Vpc::vpcId).toList();

        assertThat(ids).hasSize(14).doesNotHaveDuplicates();
        assertThat(standIn.calls().count("DescribeVpcs")).isEqualTo(3);
    }

    @Test
    void unknownAccessKeyIsAuthFailure() {
        var stranger = StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAUNKNOWN", "secret"));
        try (Ec2Client client = Clients.ec2(standIn, stranger, REGION, AwsRetryStrategy.doNotRetry())) {
            assertThatThrownBy(client::describeVpcs).isInstanceOfSatisfying(Ec2Exception.class, e -> {
                assertThat(Clients.errorCode(e)).isEqualTo("AuthFailure");
                assertThat(e.statusCode()).isEqualTo(401);
            });
        }
    }

    @Test
    void anotherRegionOfTheSameAccountIsEmpty() {
        try (Ec2Client west = Clients.ec2(standIn, ACCOUNT, "eu-west-1")) {
            assertThat(west.describeVpcs().vpcs()).isEmpty();
        }
    }

    static Filter filter(String name, String... values) {
        return Filter.builder().name(name).values(values).build();
    }
}
