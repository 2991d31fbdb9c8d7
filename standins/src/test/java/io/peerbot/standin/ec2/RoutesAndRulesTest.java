package io.peerbot.standin.ec2;

import static io.peerbot.standin.ec2.DescribeTest.filter;
import static io.peerbot.standin.ec2.PeeringLifecycleTest.expectError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.model.StoredRoute;
import io.peerbot.standin.ec2.seed.RouteTableSeed;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.AuthorizeSecurityGroupIngressRequest;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

class RoutesAndRulesTest {
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "us-east-1";

    private Ec2StandIn standIn;
    private Ec2Client ec2;
    private VpcSeed app;
    private VpcSeed db;
    private RouteTableSeed appTable;
    private SecurityGroupSeed appDb;
    private String pcx;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        var east = standIn.seed().account(ACCOUNT).region(REGION);
        app = east.vpc("app-vpc", "10.0.0.0/16").ipv6("2600:1f18:aaaa:bb00::/56");
        appTable = app.routeTable("app-rt", app.subnet("app-a", "10.0.1.0/24"));
        appDb = app.securityGroup("app-db");
        db = east.vpc("db-vpc", "10.2.0.0/16", "10.3.0.0/16").ipv6("2600:1f18:cccc:dd00::/56");
        pcx = standIn.seed().peering(app, db, Status.ACTIVE).id();
        ec2 = Clients.ec2(standIn, ACCOUNT, REGION);
    }

    @AfterEach
    void stop() {
        ec2.close();
        standIn.close();
    }

    @Test
    void aRouteCanBeCreatedOnce() {
        ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId(pcx));
        ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationIpv6CidrBlock("2600:1f18:cccc:dd00::/56")
                .vpcPeeringConnectionId(pcx));

        expectError(() -> ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId(pcx)), "RouteAlreadyExists");
        List<StoredRoute> routes = standIn.state().routeTable(appTable.id()).routes();
        assertThat(routes).extracting(StoredRoute::destination, StoredRoute::target, StoredRoute::state).containsExactly(
                tuple("10.0.0.0/16", "local", "active"),
                tuple("2600:1f18:aaaa:bb00::/56", "local", "active"),
                tuple("10.2.0.0/16", pcx, "active"),
                tuple("2600:1f18:cccc:dd00::/56", pcx, "active"));
        var described = ec2.describeRouteTables(r -> r.filters(filter("route.vpc-peering-connection-id", pcx)))
                .routeTables();
        assertThat(described).extracting(t -> t.routeTableId()).containsExactly(appTable.id());
    }

    @Test
    void routeErrorsAreEc2s() {
        expectError(() -> ec2.createRoute(r -> r.routeTableId("rtb-0123456789abcdef0")
                .destinationCidrBlock("10.2.0.0/16").vpcPeeringConnectionId(pcx)), "InvalidRouteTableID.NotFound");
        expectError(() -> ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/33")
                .vpcPeeringConnectionId(pcx)), "InvalidParameterValue");
        expectError(() -> ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId("pcx-0123456789abcdef0")), "InvalidVpcPeeringConnectionID.NotFound");
        String other = standIn.seed().peering(db, standIn.seed().account(ACCOUNT).region(REGION)
                .vpc("third", "10.9.0.0/16"), Status.ACTIVE).id();
        expectError(() -> ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.9.0.0/16")
                .vpcPeeringConnectionId(other)), "InvalidParameterValue");
        expectError(() -> ec2.deleteRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")),
                "InvalidRoute.NotFound");
        expectError(() -> ec2.replaceRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId(pcx)), "InvalidRoute.NotFound");
        expectError(() -> ec2.deleteRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.0.0.0/16")),
                "InvalidParameterValue");
    }

    @Test
    void routesToAPendingPeeringAreBlackholesUntilItIsActive() {
        VpcSeed third = standIn.seed().account(ACCOUNT).region(REGION).vpc("third", "10.9.0.0/16");
        String pending = ec2.createVpcPeeringConnection(r -> r.vpcId(app.id()).peerVpcId(third.id()))
                .vpcPeeringConnection().vpcPeeringConnectionId();
        ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.9.0.0/16")
                .vpcPeeringConnectionId(pending));
        assertThat(standIn.state().routeTable(appTable.id()).route("10.9.0.0/16").orElseThrow().state())
                .isEqualTo("blackhole");

        ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pending));

        assertThat(standIn.state().routeTable(appTable.id()).route("10.9.0.0/16").orElseThrow().state())
                .isEqualTo("active");
    }

    @Test
    void replaceAndDeleteARoute() {
        String igw = app.internetGateway();
        appTable.route("0.0.0.0/0", igw);
        ec2.replaceRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("0.0.0.0/0")
                .vpcPeeringConnectionId(pcx));
        assertThat(standIn.state().routeTable(appTable.id()).route("0.0.0.0/0").orElseThrow().target()).isEqualTo(pcx);

        ec2.deleteRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("0.0.0.0/0"));
        assertThat(standIn.state().routeTable(appTable.id()).route("0.0.0.0/0")).isEmpty();
    }

    @Test
    void routeQuotaIsEnforced() {
        standIn.settings().routesPerRouteTable(2);
        ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.2.0.0/16")
                .vpcPeeringConnectionId(pcx));
        ec2.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.3.0.0/16")
                .vpcPeeringConnectionId(pcx));

        expectError(() -> ec2.createRoute(r -> r.routeTableId(appTable.id())
                .destinationIpv6CidrBlock("2600:1f18:cccc:dd00::/56").vpcPeeringConnectionId(pcx)),
                "RouteLimitExceeded");
    }

    @Test
    void ingressRulesGetIdsDescriptionsAndTagsAndCannotBeDuplicated() {
        AuthorizeSecurityGroupIngressRequest request = postgresFromDb("peerbot " + pcx);

        List<SecurityGroupRule> added = ec2.authorizeSecurityGroupIngress(request).securityGroupRules();

        assertThat(added).hasSize(2).allSatisfy(rule -> {
            assertThat(rule.securityGroupRuleId()).matches("sgr-[0-9a-f]{17}");
            assertThat(rule.isEgress()).isFalse();
            assertThat(rule.description()).isEqualTo("peerbot " + pcx);
        });
        List<SecurityGroupRule> described = ec2.describeSecurityGroupRules(r -> r.filters(
                filter("group-id", appDb.id()), filter("tag:peerbot:pcx", pcx))).securityGroupRules();
        assertThat(described).extracting(SecurityGroupRule::securityGroupRuleId)
                .containsExactlyElementsOf(added.stream().map(SecurityGroupRule::securityGroupRuleId).toList());
        assertThat(described).extracting(r -> r.cidrIpv4() + "|" + r.cidrIpv6() + "|" + r.fromPort() + "|"
                + r.description()).containsExactly("10.2.0.0/16|null|5432|peerbot " + pcx,
                "null|2600:1f18:cccc:dd00::/56|5432|peerbot " + pcx);

        expectError(() -> ec2.authorizeSecurityGroupIngress(postgresFromDb("another description")),
                "InvalidPermission.Duplicate");
        assertThat(standIn.state().securityGroup(appDb.id()).ingressRules()).hasSize(2);
    }

    @Test
    void revokeByRuleIdOrByPermission() {
        List<SecurityGroupRule> added = ec2.authorizeSecurityGroupIngress(postgresFromDb("peerbot " + pcx))
                .securityGroupRules();

        ec2.revokeSecurityGroupIngress(r -> r.groupId(appDb.id())
                .securityGroupRuleIds(added.get(0).securityGroupRuleId()));
        ec2.revokeSecurityGroupIngress(r -> r.groupId(appDb.id()).ipPermissions(IpPermission.builder()
                .ipProtocol("tcp").fromPort(5432).toPort(5432)
                .ipv6Ranges(Ipv6Range.builder().cidrIpv6("2600:1f18:cccc:dd00::/56").build()).build()));

        assertThat(standIn.state().securityGroup(appDb.id()).ingressRules()).isEmpty();
        expectError(() -> ec2.revokeSecurityGroupIngress(r -> r.groupId(appDb.id()).ipPermissions(IpPermission
                .builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
                .ipRanges(IpRange.builder().cidrIp("10.2.0.0/16").build()).build())), "InvalidPermission.NotFound");
        expectError(() -> ec2.revokeSecurityGroupIngress(r -> r.groupId(appDb.id())
                .securityGroupRuleIds(added.get(0).securityGroupRuleId())), "InvalidSecurityGroupRuleId.NotFound");
    }

    @Test
    void ruleQuotaDescriptionsAndUnknownGroups() {
        standIn.settings().rulesPerSecurityGroup(1);
        expectError(() -> ec2.authorizeSecurityGroupIngress(postgresFromDb("two rules")),
                "RulesPerSecurityGroupLimitExceeded");
        expectError(() -> ec2.authorizeSecurityGroupIngress(postgresFromDb("quote \" is not allowed")),
                "InvalidParameterValue");
        expectError(() -> ec2.authorizeSecurityGroupIngress(r -> r.groupId("sg-0123456789abcdef0")
                .ipPermissions(IpPermission.builder().ipProtocol("icmp").fromPort(-1).toPort(-1)
                        .ipRanges(IpRange.builder().cidrIp("10.2.0.0/16").build()).build())), "InvalidGroup.NotFound");
        assertThat(standIn.state().securityGroup(appDb.id()).ingressRules()).isEmpty();
    }

    @Test
    void egressRulesToo() {
        var added = ec2.authorizeSecurityGroupEgress(r -> r.groupId(appDb.id()).ipPermissions(IpPermission.builder()
                .ipProtocol("6").fromPort(5432).toPort(5432)
                .ipRanges(IpRange.builder().cidrIp("10.2.0.0/16").description("to db").build()).build()))
                .securityGroupRules();

        assertThat(added).singleElement().satisfies(r -> {
            assertThat(r.isEgress()).isTrue();
            assertThat(r.ipProtocol()).isEqualTo("tcp");
        });
        assertThat(standIn.state().securityGroup(appDb.id()).egressRules()).hasSize(2);
    }

    private AuthorizeSecurityGroupIngressRequest postgresFromDb(String description) {
        return AuthorizeSecurityGroupIngressRequest.builder().groupId(appDb.id())
                .ipPermissions(IpPermission.builder().ipProtocol("tcp").fromPort(5432).toPort(5432)
                        .ipRanges(IpRange.builder().cidrIp("10.2.0.0/16").description(description).build())
                        .ipv6Ranges(Ipv6Range.builder().cidrIpv6("2600:1f18:cccc:dd00::/56").description(description)
                                .build())
                        .build())
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SECURITY_GROUP_RULE)
                        .tags(Tag.builder().key("peerbot:pcx").value(pcx).build()).build())
                .build();
    }
}
