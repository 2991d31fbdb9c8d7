package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.network.SecurityGroup;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway through the real SDK against the EC2 stand-in. */
class SdkEc2GatewayTest {
    private static final Location HOME = new Location(A, "us-east-1");

    private StandInAws aws;
    private Ec2Gateway ec2;
    private VpcSeed app;
    private VpcSeed db;
    private SubnetSeed appA;
    private SecurityGroupSeed web;

    @BeforeEach
    void seed() {
        aws = new StandInAws();
        RegionSeed east = aws.ec2.seed().account(A).region("us-east-1");
        app = east.vpc("app-vpc", "10.0.0.0/16", "10.1.0.0/16").tag("team", "app");
        appA = app.subnet("app-a", "10.0.1.0/24");
        SubnetSeed appB = app.subnet("app-b", "10.0.2.0/24");
        app.subnet("app-c", "10.0.3.0/24");
        app.routeTable("app-rt-a", appA);
        app.routeTable("app-rt-b", appB);
        web = app.securityGroup("app-web").ingress("tcp", 443, 443, "10.0.0.0/8", "https from the office");
        appA.instance("app-1").securityGroups(web);
        app.networkAcl("app-acl", appB).ingress(100, "allow", "tcp", 5432, 5432, "10.2.0.0/16");
        db = east.vpc("db-vpc", "10.2.0.0/16");
        ec2 = aws.gateways.at(HOME);
    }

    @AfterEach
    void close() {
        aws.close();
    }

    @Test
    void findsVpcsByIdAndByName() {
        assertThat(ec2.findVpcs("app-vpc")).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(app.id());
            assertThat(v.location()).isEqualTo(HOME);
            assertThat(v.cidrBlocks()).containsExactly(Cidr.parse("10.0.0.0/16"), Cidr.parse("10.1.0.0/16"));
        });
        assertThat(ec2.findVpcs(db.id())).singleElement().satisfies(v -> assertThat(v.name()).contains("db-vpc"));
        assertThat(ec2.findVpcs("no-such-vpc")).isEmpty();
        assertThat(ec2.findVpcs("vpc-0123456789abcdef0")).isEmpty();
        assertThat(ec2.listVpcs()).extracting(v -> v.id()).containsExactlyInAnyOrder(app.id(), db.id());
    }

    @Test
    void readsAWholeVpcInEightCallsWhateverItsSize() {
        int mark = aws.ec2.calls().mark();

        VpcSnapshot snapshot = ec2.snapshot(app.id());

        assertThat(aws.ec2.calls().since(mark)).extracting(Call::action).containsExactlyInAnyOrder("DescribeVpcs",
                "DescribeSubnets", "DescribeRouteTables", "DescribeSecurityGroups", "DescribeSecurityGroupRules",
                "DescribeInstances", "DescribeNetworkAcls", "DescribeNetworkInterfaces");
        assertThat(snapshot.tags()).containsEntry("team", "app");
        assertThat(snapshot.subnets()).hasSize(3);
        assertThat(snapshot.routeTables()).hasSize(3);
        RouteTable main = snapshot.mainRouteTable().orElseThrow();
        assertThat(snapshot.routeTableOf(appA.id())).map(RouteTable::id).isNotEqualTo(java.util.Optional.of(main.id()));
        assertThat(main.routes()).anySatisfy(r -> assertThat(r.target()).isEqualTo("local"));
        SecurityGroup group = snapshot.securityGroup(web.id()).orElseThrow();
        assertThat(group.ingress()).singleElement().satisfies(rule -> {
            assertThat(rule.ruleId()).startsWith("sgr-");
            assertThat(rule.ports()).isEqualTo(PortRange.tcp(443));
            assertThat(rule.cidr()).isEqualTo(Cidr.parse("10.0.0.0/8"));
            assertThat(rule.description()).isEqualTo("https from the office");
        });
        assertThat(group.egress()).isNotEmpty();
        assertThat(snapshot.instances()).singleElement().satisfies(i -> {
            assertThat(i.subnetId()).isEqualTo(appA.id());
            assertThat(i.securityGroupIds()).containsExactly(web.id());
            assertThat(i.running()).isTrue();
        });
        assertThat(snapshot.networkAcls()).anySatisfy(acl -> assertThat(acl.entries())
                .anySatisfy(e -> assertThat(e.ports()).isEqualTo(PortRange.tcp(5432))));
    }

    @Test
    void readsTheDescribesOfOneVpcSideBySide() {
        // Long enough that describes sent together are surely in flight together, even on a busy machine.
        aws.ec2.faults().onEveryAction().latency(Duration.ofMillis(200));
        aws.ec2.calls().clear();

        VpcSnapshot snapshot = ec2.snapshot(app.id());

        assertThat(aws.ec2.calls().mostInFlight()).as("describes in flight together").isGreaterThan(1);
        assertThat(aws.ec2.calls().all()).hasSize(8);
        assertThat(snapshot.subnets()).hasSize(3);
        assertThat(snapshot.securityGroup(web.id()).orElseThrow().ingress()).hasSize(1);
    }

    @Test
    void readsTheVpcsPeeringsAsRequesterAndAsAccepterSideBySide() {
        VpcSeed cache = aws.ec2.seed().account(A).region("us-east-1").vpc("cache-vpc", "10.3.0.0/16");
        String fromApp = ec2.createPeering(app.id(), db.id(), HOME, Map.of());
        String intoApp = ec2.createPeering(cache.id(), app.id(), HOME, Map.of());
        aws.ec2.faults().onEveryAction().latency(Duration.ofMillis(200));
        aws.ec2.calls().clear();

        List<List<PeeringConnection>> peerings = ec2.peeringsOfEach(List.of(app.id(), db.id()));

        assertThat(aws.ec2.calls().all()).extracting(Call::action)
                .containsExactly("DescribeVpcPeeringConnections", "DescribeVpcPeeringConnections");
        assertThat(aws.ec2.calls().mostInFlight()).as("the two describes in flight together").isEqualTo(2);
        assertThat(peerings.get(0)).extracting(PeeringConnection::id).containsExactlyInAnyOrder(fromApp, intoApp);
        assertThat(peerings.get(1)).extracting(PeeringConnection::id).containsExactly(fromApp);
    }

    @Test
    void twoReadsAtOnceStayWithinTheCallsAllowedInFlightInOneAccountAndRegion() throws Exception {
        aws.ec2.faults().onEveryAction().latency(Duration.ofMillis(100))
                .maxInFlight(AwsEc2Gateways.DESCRIBES_IN_FLIGHT_PER_LOCATION);
        aws.ec2.calls().clear();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<VpcSnapshot> first = callers.submit(() -> ec2.snapshot(app.id()));
            Future<VpcSnapshot> second = callers.submit(() -> ec2.snapshot(db.id()));

            assertThat(first.get().subnets()).hasSize(3);
            assertThat(second.get().id()).isEqualTo(db.id());
        } finally {
            callers.shutdownNow();
        }
        // two reads asked within moments of each other may share their describes (8 calls) or not (16)
        assertThat(aws.ec2.calls().all()).hasSizeBetween(8, 16).noneMatch(Call::throttled);
        assertThat(aws.ec2.calls().mostInFlight()).isBetween(2, AwsEc2Gateways.DESCRIBES_IN_FLIGHT_PER_LOCATION);
    }

    @Test
    void aMissingVpcIsReportedAsMissingWhateverElseFailsBesideIt() {
        aws.ec2.deny(A, "ec2:DescribeSubnets");

        assertThatThrownBy(() -> ec2.snapshot("vpc-0123456789abcdef0"))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.action()).isEqualTo("DescribeVpcs");
                    assertThat(e.code()).isEqualTo("InvalidVpcID.NotFound");
                });
    }

    @Test
    void createsAPeeringWithItsTagsAndWaitsForItToBeActive() {
        String pcx = ec2.createPeering(app.id(), db.id(), HOME, Map.of("peerbot:managed", "true", "peerbot:by", "U1"));

        assertThat(ec2.peering(pcx)).get().satisfies(p -> {
            assertThat(p.status()).isEqualTo(PeeringStatus.PENDING_ACCEPTANCE);
            assertThat(p.tags()).containsEntry("peerbot:by", "U1");
            assertThat(p.requester().vpcId()).isEqualTo(app.id());
            assertThat(p.accepter().location()).isEqualTo(HOME);
        });
        assertThat(ec2.managedPeerings()).extracting(PeeringConnection::id).containsExactly(pcx);
        assertThat(ec2.peeringsOf(db.id())).extracting(PeeringConnection::id).containsExactly(pcx);

        aws.ec2.settings().provisioningPolls(3);
        ec2.acceptPeering(pcx);
        ec2.acceptPeering(pcx);
        assertThat(ec2.awaitActive(pcx, Duration.ofSeconds(5)).status()).isEqualTo(PeeringStatus.ACTIVE);
    }

    @Test
    void acceptsARequestThatIsStillInitiatingOnceItIsPending() {
        aws.ec2.settings().initiatingPolls(4);
        String pcx = ec2.createPeering(app.id(), db.id(), HOME, Map.of("peerbot:managed", "true"));

        ec2.acceptPeering(pcx);

        assertThat(ec2.awaitActive(pcx, Duration.ofSeconds(5)).status()).isEqualTo(PeeringStatus.ACTIVE);
        assertThat(aws.ec2.calls().of("AcceptVpcPeeringConnection")).last()
                .satisfies(c -> assertThat(c.succeeded()).isTrue());
    }

    @Test
    void createsOnePeeringWhenTheAnswerToCreatingItIsLost() {
        aws.ec2.faults().failNext("CreateVpcPeeringConnection", Fault.INTERNAL_ERROR_AFTER_APPLY, 1);

        String pcx = ec2.createPeering(app.id(), db.id(), HOME, Map.of("peerbot:managed", "true", "peerbot:ts", "1.2"));

        assertThat(aws.ec2.state().peerings()).extracting(p -> p.id()).containsExactly(pcx);
        assertThat(aws.ec2.calls().count("CreateVpcPeeringConnection")).isEqualTo(1);
    }

    @Test
    void createsOnePeeringWhenTheAnswerIsLostAndEc2ListsTheNewPeeringOnlyAfterAWhile() {
        aws.ec2.settings().requesterSeesNewPeeringsAfter(4);
        aws.ec2.faults().failNext("CreateVpcPeeringConnection", Fault.INTERNAL_ERROR_AFTER_APPLY, 1);

        String pcx = ec2.createPeering(app.id(), db.id(), HOME, Map.of("peerbot:managed", "true", "peerbot:ts", "1.2"));

        assertThat(aws.ec2.state().peerings()).extracting(p -> p.id()).containsExactly(pcx);
        assertThat(aws.ec2.calls().count("CreateVpcPeeringConnection")).isEqualTo(1);
        assertThat(aws.ec2.calls().count("DescribeVpcPeeringConnections")).isGreaterThan(4);
    }

    @Test
    void anAccepterThatSeesTheNewPeeringOnlyAfterAWhileStillAcceptsItAndSeesItActive() {
        VpcSeed billing = aws.ec2.seed().account(B).region("us-east-1").vpc("billing", "10.8.0.0/16");
        Location there = new Location(B, "us-east-1");
        aws.ec2.settings().accepterSeesNewPeeringsAfter(5);
        String pcx = ec2.createPeering(app.id(), billing.id(), there, Map.of("peerbot:managed", "true"));
        Ec2Gateway accepter = aws.gateways.at(there);

        accepter.acceptPeering(pcx);

        assertThat(accepter.awaitActive(pcx, Duration.ofSeconds(5)).status()).isEqualTo(PeeringStatus.ACTIVE);
        assertThat(aws.ec2.calls().of("AcceptVpcPeeringConnection")).filteredOn(Call::succeeded).hasSize(1);
        assertThat(aws.time.waited()).isPositive().isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aPeeringThatNeverShowsUpIsBelievedGoneAfterTheBound() {
        assertThatThrownBy(() -> ec2.acceptPeering("pcx-0123456789abcdef0")).isInstanceOf(CloudException.class)
                .extracting(e -> ((CloudException) e).code()).isEqualTo("InvalidVpcPeeringConnectionID.NotFound");
        assertThat(aws.time.waited()).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRequestEc2FailsRightAfterCreatingItIsReportedWithEc2sReason() {
        aws.ec2.settings().initiatingPolls(2).nextPeeringFails("Failed due to overlapping CIDR range.");
        String pcx = ec2.createPeering(app.id(), db.id(), HOME, Map.of("peerbot:managed", "true"));

        PeeringConnection made = ec2.awaitRequested(pcx);

        assertThat(made.status()).isEqualTo(PeeringStatus.FAILED);
        assertThat(made.statusMessage()).isEqualTo("Failed due to overlapping CIDR range.");
        String fine = ec2.createPeering(app.id(), aws.ec2.seed().account(A).region("us-east-1")
                .vpc("other", "10.9.0.0/16").id(), HOME, Map.of("peerbot:managed", "true"));
        assertThat(ec2.awaitRequested(fine).status()).isEqualTo(PeeringStatus.PENDING_ACCEPTANCE);
    }

    @Test
    void listsAReferenceToThePeersGroupAsStaleOnceThePeeringIsGone() {
        var pcx = aws.ec2.seed().peering(app, db, Status.ACTIVE);
        SecurityGroupSeed dbGroup = db.securityGroup("db").clearRules().ingressFrom(web, "tcp", 5432, 5432);
        assertThat(ec2.staleReferences(db.id())).isEmpty();

        aws.ec2.state().setPeeringStatus(aws.ec2.state().peering(pcx.id()), Status.DELETED, "Deleted");

        assertThat(ec2.staleReferences(db.id())).singleElement().satisfies(stale -> {
            assertThat(stale.groupId()).isEqualTo(dbGroup.id());
            assertThat(stale.ports()).isEqualTo(new PortRange(Protocol.TCP, 5432, 5432));
            assertThat(stale.referencedGroupId()).isEqualTo(web.id());
            assertThat(stale.referencedVpcId()).isEqualTo(app.id());
            assertThat(stale.pcxId()).isEqualTo(pcx.id());
        });
        assertThat(ec2.staleReferences(app.id())).isEmpty();
    }

    @Test
    void findsWhatAPeeringLeftBehindByTargetAndTagOnceEc2NoLongerShowsIt() {
        String pcx = aws.ec2.seed().peering(app, db, Status.ACTIVE).id();
        String table = app.mainRouteTable().id();
        ec2.createRoute(table, Cidr.parse("10.2.0.0/16"), pcx);
        String rule = ec2.authorizeIngress(web.id(), new PortRange(Protocol.TCP, 5432, 5432), Cidr.parse("10.2.0.0/16"),
                "peerbot " + pcx);
        ec2.authorizeIngress(web.id(), new PortRange(Protocol.TCP, 22, 22), Cidr.parse("10.2.0.0/16"), "by hand");
        aws.ec2.state().setPeeringStatus(aws.ec2.state().peering(pcx), Status.DELETED, "Deleted");
        aws.ec2.state().forgetPeering(pcx);

        var left = ec2.leftoversOf(pcx);

        assertThat(left.routes()).singleElement().satisfies(r -> {
            assertThat(r.routeTableId()).isEqualTo(table);
            assertThat(r.destination()).isEqualTo(Cidr.parse("10.2.0.0/16"));
        });
        assertThat(left.rules()).singleElement().satisfies(r -> assertThat(r.ruleId()).isEqualTo(rule));
        assertThat(ec2.peering(pcx)).isEmpty();
    }

    @Test
    void aPermissionCheckMetByServerErrorsIsAskedAgainNotTakenForARefusal() {
        aws.ec2.faults().failNext("CreateVpcPeeringConnection", Fault.INTERNAL_ERROR, 2);

        ec2.dryRunCreatePeering(app.id(), db.id(), HOME);

        assertThat(aws.ec2.calls().count("CreateVpcPeeringConnection")).isEqualTo(3);
        assertThat(aws.ec2.state().peerings()).isEmpty();
    }

    @Test
    void createsAPeeringAfterServerErrorsThatChangedNothing() {
        aws.ec2.faults().failNext("CreateVpcPeeringConnection", Fault.INTERNAL_ERROR, 2)
                .failNext("CreateVpcPeeringConnection", Fault.THROTTLE, 2);

        String pcx = ec2.createPeering(app.id(), db.id(), HOME, Map.of("peerbot:managed", "true"));

        assertThat(aws.ec2.state().peerings()).extracting(p -> p.id()).containsExactly(pcx);
    }

    @Test
    void waitingFailsFastOnARejectedPeeringAndTimesOutOnAPendingOne() {
        String pending = aws.ec2.seed().peering(app, db, Status.PENDING_ACCEPTANCE).id();
        assertThatThrownBy(() -> ec2.awaitActive(pending, Duration.ofMillis(50)))
                .isInstanceOf(CloudException.class).hasMessageContaining("still pending-acceptance");

        ec2.rejectPeering(pending);
        ec2.rejectPeering(pending);
        assertThatThrownBy(() -> ec2.awaitActive(pending, Duration.ofSeconds(5)))
                .isInstanceOf(CloudException.class).hasMessageContaining("is rejected")
                .extracting(e -> ((CloudException) e).code()).isEqualTo("rejected");
    }

    @Test
    void addsARouteOnceAndRefusesToReplaceAnotherTarget() {
        String pcx = aws.ec2.seed().peering(app, db, Status.ACTIVE).id();
        String table = app.mainRouteTable().id();

        ec2.createRoute(table, Cidr.parse("10.2.0.0/16"), pcx);
        ec2.createRoute(table, Cidr.parse("10.2.0.0/16"), pcx);

        assertThat(aws.ec2.state().routeTable(table).route("10.2.0.0/16")).get()
                .satisfies(r -> assertThat(r.target()).isEqualTo(pcx));
        String igw = app.internetGateway();
        app.mainRouteTable().route("10.9.0.0/16", igw);
        assertThatThrownBy(() -> ec2.createRoute(table, Cidr.parse("10.9.0.0/16"), pcx))
                .isInstanceOf(CloudException.class)
                .hasMessageContaining("already sends 10.9.0.0/16 to " + igw)
                .extracting(e -> ((CloudException) e).code()).isEqualTo("RouteAlreadyExists");

        ec2.deleteRoute(table, Cidr.parse("10.2.0.0/16"));
        ec2.deleteRoute(table, Cidr.parse("10.2.0.0/16"));
        assertThat(aws.ec2.state().routeTable(table).route("10.2.0.0/16")).isEmpty();
    }

    @Test
    void addsATaggedRuleNamingThePeeringOnceAndRevokesIt() {
        String pcx = aws.ec2.seed().peering(app, db, Status.ACTIVE).id();

        String id = ec2.authorizeIngress(web.id(), PortRange.tcp(5432), Cidr.parse("10.2.0.0/16"), "peerbot " + pcx);
        String again = ec2.authorizeIngress(web.id(), PortRange.tcp(5432), Cidr.parse("10.2.0.0/16"), "peerbot " + pcx);

        assertThat(again).isEqualTo(id).startsWith("sgr-");
        var rule = aws.ec2.state().securityGroupRule(id);
        assertThat(rule.description()).isEqualTo("peerbot " + pcx);
        assertThat(rule.tags().asMap()).containsEntry("peerbot:managed", "true").containsEntry("peerbot:pcx", pcx);

        String ping = ec2.authorizeIngress(web.id(), PortRange.ICMP, Cidr.parse("10.2.0.0/16"), "peerbot " + pcx);
        assertThat(ec2.snapshot(app.id()).securityGroup(web.id()).orElseThrow().ingress())
                .anySatisfy(r -> assertThat(r.ports()).isEqualTo(PortRange.ICMP))
                .filteredOn(r -> r.ruleId().equals(id)).singleElement()
                .satisfies(r -> assertThat(r.tags()).containsEntry("peerbot:pcx", pcx));

        ec2.revokeIngress(web.id(), Set.of(id, ping));
        ec2.revokeIngress(web.id(), Set.of(id));
        assertThat(aws.ec2.state().securityGroup(web.id()).ingressRules()).hasSize(1);
    }

    @Test
    void addsAGroupsRulesInOneCallAndCopesWithOneThatExistsAlready() {
        String pcx = aws.ec2.seed().peering(app, db, Status.ACTIVE).id();
        Cidr peer = Cidr.parse("10.2.0.0/16");
        RuleChange ping = new RuleChange(web.id(), PortRange.ICMP, peer);
        RuleChange postgres = new RuleChange(web.id(), PortRange.tcp(5432), peer);
        RuleChange dns = new RuleChange(web.id(), new PortRange(Protocol.UDP, 53, 53), peer);
        int mark = aws.ec2.calls().mark();

        Map<RuleChange, String> ids = ec2.authorizeIngress(List.of(ping, postgres), "peerbot " + pcx);

        assertThat(aws.ec2.calls().since(mark)).extracting(Call::action)
                .containsExactly("AuthorizeSecurityGroupIngress");
        assertThat(ids).containsOnlyKeys(ping, postgres).allSatisfy((rule, id) -> assertThat(id).startsWith("sgr-"));
        assertThat(ids.values()).doesNotHaveDuplicates();

        Map<RuleChange, String> again = ec2.authorizeIngress(List.of(postgres, dns), "peerbot " + pcx);

        assertThat(again.get(postgres)).isEqualTo(ids.get(postgres));
        assertThat(aws.ec2.state().securityGroupRule(again.get(dns)).description()).isEqualTo("peerbot " + pcx);
        assertThat(aws.ec2.state().securityGroup(web.id()).ingressRules()).hasSize(4);
    }

    @Test
    void allowsDnsResolutionOnceForTheSidesInItsAccountAndRegion() {
        String pcx = aws.ec2.seed().peering(app, db, Status.ACTIVE).id();

        ec2.allowRemoteDnsResolution(pcx);
        int mark = aws.ec2.calls().mark();
        ec2.allowRemoteDnsResolution(pcx);

        var state = aws.ec2.state().peering(pcx);
        assertThat(state.requesterAllowsDnsResolutionFromRemoteVpc()).isTrue();
        assertThat(state.accepterAllowsDnsResolutionFromRemoteVpc()).isTrue();
        assertThat(aws.ec2.calls().since(mark)).noneMatch(Call::mutating);
    }

    @Test
    void rejectsAndDeletesIdempotently() {
        String pending = aws.ec2.seed().peering(app, db, Status.PENDING_ACCEPTANCE).id();
        ec2.deletePeering(pending);
        ec2.deletePeering(pending);
        assertThat(ec2.peering(pending).map(PeeringConnection::status)).contains(PeeringStatus.DELETED);
    }

    @Test
    void translatesWhatAwsRefusesIntoACloudExceptionNamingTheAction() {
        aws.ec2.deny(A, "ec2:DescribeSubnets");

        assertThatThrownBy(() -> ec2.snapshot(app.id())).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.action()).isEqualTo("DescribeSubnets");
            assertThat(e.permissionDenied()).isTrue();
        });
    }

    @Test
    void reachesAnotherAccountAndRegionByAssumingItsRole() {
        VpcSeed billing = aws.ec2.seed().account(B).region("eu-west-1").vpc("billing", "10.8.0.0/16");
        Location there = new Location(B, "eu-west-1");

        assertThat(aws.gateways.home()).isEqualTo(HOME);
        assertThat(aws.gateways.at(there)).isSameAs(aws.gateways.at(there));
        assertThat(aws.gateways.at(there).findVpcs("billing")).singleElement()
                .satisfies(v -> assertThat(v.id()).isEqualTo(billing.id()));
        assertThat(aws.ec2.calls().of("DescribeVpcs")).last().satisfies(c -> {
            assertThat(c.account()).isEqualTo(B);
            assertThat(c.region()).isEqualTo("eu-west-1");
            assertThat(c.callerArn()).contains("assumed-role/peerbot/peerbot");
        });
        assertThat(aws.ec2.calls().count("AssumeRole")).isEqualTo(1);
        assertThat(aws.ec2.calls().count("GetCallerIdentity")).isEqualTo(1);
    }

    @Test
    void saysWhatToConfigureWhenAnotherAccountIsNeededWithoutARole() {
        try (StandInAws noRole = new StandInAws(java.util.Optional.empty())) {
            assertThatThrownBy(() -> noRole.gateways.at(new Location(B, "us-east-1")))
                    .isInstanceOf(CloudException.class).hasMessageContaining("PEERBOT_ASSUME_ROLE");
        }
    }

    @Test
    void namesAssumeRoleWhenTheRoleCannotBeAssumed() {
        Location nowhere = new Location("999988887777", "us-east-1");

        assertThatThrownBy(() -> aws.gateways.at(nowhere).findVpcs("x"))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.action()).isEqualTo("AssumeRole"));
    }
}
