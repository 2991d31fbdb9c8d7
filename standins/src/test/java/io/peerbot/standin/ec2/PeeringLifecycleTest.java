package io.peerbot.standin.ec2;

import static io.peerbot.standin.ec2.DescribeTest.filter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.RouteTableSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;

class PeeringLifecycleTest {
    private static final String REQUESTER = "111122223333";
    private static final String ACCEPTER = "222233334444";

    private Ec2StandIn standIn;
    private VpcSeed app;
    private VpcSeed billing;
    private VpcSeed clash;
    private RouteTableSeed appTable;
    private Ec2Client requester;
    private Ec2Client accepter;
    private Ec2Client accepterWrongRegion;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        app = standIn.seed().account(REQUESTER).region("us-east-1").vpc("app-vpc", "10.0.0.0/16")
                .ipv6("2600:1f18:aaaa:bb00::/56");
        appTable = app.routeTable("app-rt", app.subnet("app-a", "10.0.1.0/24"));
        clash = standIn.seed().account(REQUESTER).region("us-east-1").vpc("clash-vpc", "10.5.0.0/16");
        billing = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("billing", "10.20.0.0/16", "10.0.128.0/17")
                .ipv6("2a05:d018:1111:2200::/56");
        requester = Clients.ec2(standIn, REQUESTER, "us-east-1");
        accepter = Clients.ec2(standIn, ACCEPTER, "eu-west-1");
        accepterWrongRegion = Clients.ec2(standIn, ACCEPTER, "us-east-1");
    }

    @AfterEach
    void stop() {
        requester.close();
        accepter.close();
        accepterWrongRegion.close();
        standIn.close();
    }

    @Test
    void crossAccountCrossRegionPeeringIsAcceptedByTheAccepterOnly() {
        VpcSeed reachable = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("ledger", "10.30.0.0/16");
        VpcPeeringConnection created = requester.createVpcPeeringConnection(r -> r.vpcId(app.id())
                .peerVpcId(reachable.id()).peerOwnerId(ACCEPTER).peerRegion("eu-west-1")
                .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.VPC_PEERING_CONNECTION)
                        .tags(Tag.builder().key("peerbot:request").value("R-1").build()).build()))
                .vpcPeeringConnection();
        String pcx = created.vpcPeeringConnectionId();

        assertThat(pcx).matches("pcx-[0-9a-f]{17}");
        assertThat(created.status().codeAsString()).isEqualTo("pending-acceptance");
        assertThat(created.status().message()).isEqualTo("Pending Acceptance by " + ACCEPTER);
        assertThat(created.requesterVpcInfo().cidrBlockSet()).extracting(c -> c.cidrBlock())
                .containsExactly("10.0.0.0/16");
        assertThat(created.accepterVpcInfo().region()).isEqualTo("eu-west-1");
        assertThat(created.accepterVpcInfo().cidrBlockSet()).as("hidden until active").isEmpty();
        assertThat(created.expirationTime()).isNotNull();

        VpcPeeringConnection seenByAccepter = describe(accepter, pcx);
        assertThat(seenByAccepter.status().codeAsString()).isEqualTo("pending-acceptance");
        assertThat(seenByAccepter.tags()).as("tags belong to the side that set them").isEmpty();
        assertThat(describe(requester, pcx).tags()).extracting(Tag::value).containsExactly("R-1");

        expectError(() -> requester.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)),
                "OperationNotPermitted");
        expectError(() -> accepterWrongRegion.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)),
                "InvalidVpcPeeringConnectionID.NotFound");

        VpcPeeringConnection accepted = accepter.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx))
                .vpcPeeringConnection();
        assertThat(accepted.status().codeAsString()).isEqualTo("active");
        assertThat(describe(requester, pcx).accepterVpcInfo().cidrBlockSet()).extracting(c -> c.cidrBlock())
                .containsExactly("10.30.0.0/16");
        assertThat(standIn.state().peering(pcx).status()).isEqualTo(Status.ACTIVE);

        expectError(() -> accepter.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)),
                "InvalidStateTransition");
    }

    @Test
    void provisioningHoldsForTheConfiguredNumberOfDescribes() {
        standIn.settings().provisioningPolls(2);
        String pcx = standIn.seed().peering(app, billing, Status.PENDING_ACCEPTANCE).id();
        // billing overlaps app (10.0.128.0/17) but a seeded peering skips the checks; accept still works.
        VpcPeeringConnection accepted = accepter.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx))
                .vpcPeeringConnection();

        assertThat(accepted.status().codeAsString()).isEqualTo("provisioning");
        assertThat(describe(requester, pcx).status().codeAsString()).isEqualTo("provisioning");
        assertThat(describe(accepter, pcx).status().codeAsString()).isEqualTo("active");
        assertThat(standIn.state().peering(pcx).status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void aNewRequestCanStayInitiatingForSomeDescribes() {
        standIn.settings().initiatingPolls(2);
        VpcSeed ledger = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("ledger", "10.30.0.0/16");
        VpcPeeringConnection created = requester.createVpcPeeringConnection(r -> r.vpcId(app.id())
                .peerVpcId(ledger.id()).peerOwnerId(ACCEPTER).peerRegion("eu-west-1")).vpcPeeringConnection();
        String pcx = created.vpcPeeringConnectionId();

        assertThat(created.status().codeAsString()).isEqualTo("initiating-request");
        expectError(() -> accepter.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)),
                "InvalidStateTransition");
        assertThat(describe(requester, pcx).status().codeAsString()).isEqualTo("initiating-request");
        assertThat(describe(accepter, pcx).status().codeAsString()).isEqualTo("pending-acceptance");
    }

    @Test
    void overlappingBlocksFailTheRequest() {
        VpcPeeringConnection created = requester.createVpcPeeringConnection(r -> r.vpcId(app.id())
                .peerVpcId(billing.id()).peerOwnerId(ACCEPTER).peerRegion("eu-west-1")).vpcPeeringConnection();

        assertThat(created.status().codeAsString()).isEqualTo("failed");
        assertThat(created.status().message())
                .isEqualTo("Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range.");
        expectError(() -> accepter.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(
                created.vpcPeeringConnectionId())), "InvalidStateTransition");
    }

    @Test
    void sameAccountPeeringToAnUnknownVpcIsNotFound() {
        expectError(() -> requester.createVpcPeeringConnection(r -> r.vpcId(app.id())
                .peerVpcId("vpc-0123456789abcdef0")), "InvalidVpcID.NotFound");
    }

    @Test
    void aSecondLivePeeringBetweenTheSameVpcsIsRefused() {
        requester.createVpcPeeringConnection(r -> r.vpcId(app.id()).peerVpcId(clash.id()));

        expectError(() -> requester.createVpcPeeringConnection(r -> r.vpcId(clash.id()).peerVpcId(app.id())),
                "VpcPeeringConnectionAlreadyExists");
    }

    @Test
    void outstandingRequestsAreCountedPerAccountAndRegionWhateverVpcsTheyName() {
        standIn.settings().outstandingPeeringRequests(2);
        VpcSeed web = standIn.seed().account(REQUESTER).region("us-east-1").vpc("web-vpc", "10.6.0.0/16");
        VpcSeed cache = standIn.seed().account(REQUESTER).region("us-east-1").vpc("cache-vpc", "10.7.0.0/16");
        VpcSeed elsewhere = standIn.seed().account(REQUESTER).region("eu-west-1").vpc("far-vpc", "10.8.0.0/16");
        VpcSeed farPeer = standIn.seed().account(REQUESTER).region("eu-west-1").vpc("far-peer", "10.9.0.0/16");
        requester.createVpcPeeringConnection(r -> r.vpcId(app.id()).peerVpcId(clash.id()));
        requester.createVpcPeeringConnection(r -> r.vpcId(web.id()).peerVpcId(clash.id()));

        assertThatThrownBy(() -> requester.createVpcPeeringConnection(r -> r.vpcId(cache.id()).peerVpcId(app.id())))
                .as("a third VPC of the same account and region").isInstanceOfSatisfying(Ec2Exception.class, e -> {
                    assertThat(Clients.errorCode(e)).isEqualTo("OutstandingVpcPeeringConnectionLimitExceeded");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("You have reached the limit of 2 "
                            + "outstanding VPC peering connection requests for account " + REQUESTER
                            + " in us-east-1.");
                });
        try (Ec2Client sameAccountOtherRegion = Clients.ec2(standIn, REQUESTER, "eu-west-1")) {
            assertThat(sameAccountOtherRegion.createVpcPeeringConnection(r -> r.vpcId(elsewhere.id())
                    .peerVpcId(farPeer.id())).vpcPeeringConnection().status().codeAsString())
                    .as("another Region counts its own").isEqualTo("pending-acceptance");
        }
    }

    @Test
    void anAcceptedRequestIsNoLongerOutstanding() {
        standIn.settings().outstandingPeeringRequests(1);
        VpcSeed ledger = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("ledger", "10.30.0.0/16");
        VpcSeed vault = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("vault", "10.31.0.0/16");
        String first = create(ledger);
        expectError(() -> create(vault), "OutstandingVpcPeeringConnectionLimitExceeded");

        accepter.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(first));

        assertThat(describe(requester, create(vault)).status().codeAsString()).isEqualTo("pending-acceptance");
    }

    @Test
    void rejectIsForTheAccepterAndOnlyWhilePending() {
        VpcSeed ledger = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("ledger", "10.30.0.0/16");
        String pcx = create(ledger);

        expectError(() -> requester.rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)),
                "OperationNotPermitted");
        assertThat(accepter.rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)).returnValue()).isTrue();
        assertThat(describe(requester, pcx).status().codeAsString()).isEqualTo("rejected");
        assertThat(describe(requester, pcx).status().message()).isEqualTo("Rejected by " + ACCEPTER);
        expectError(() -> accepter.rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)),
                "InvalidStateTransition");
    }

    @Test
    void deletingAnActivePeeringBlackholesItsRoutes() {
        VpcSeed ledger = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("ledger", "10.30.0.0/16");
        String pcx = create(ledger);
        accepter.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        requester.createRoute(r -> r.routeTableId(appTable.id()).destinationCidrBlock("10.30.0.0/16")
                .vpcPeeringConnectionId(pcx));

        assertThat(accepter.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)).returnValue()).isTrue();

        assertThat(describe(requester, pcx).status().codeAsString()).isEqualTo("deleted");
        assertThat(standIn.state().routeTable(appTable.id()).route("10.30.0.0/16").orElseThrow().state())
                .isEqualTo("blackhole");
        VpcPeeringConnection deleted = requester.describeVpcPeeringConnections(r -> r.filters(
                filter("status-code", "deleted"), filter("requester-vpc-info.vpc-id", app.id())))
                .vpcPeeringConnections().get(0);
        assertThat(deleted.vpcPeeringConnectionId()).isEqualTo(pcx);
        expectError(() -> requester.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx)),
                "InvalidStateTransition");
    }

    @Test
    void dnsOptionsOnlyOnActivePeeringsAndOnlyForOwnSide() {
        VpcSeed ledger = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("ledger", "10.30.0.0/16");
        String pcx = create(ledger);

        expectError(() -> requester.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx)
                .requesterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true))),
                "OperationNotPermitted");
        accepter.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcx));
        expectError(() -> requester.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx)
                .accepterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true))),
                "OperationNotPermitted");

        var answer = requester.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx)
                .requesterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true)));
        accepter.modifyVpcPeeringConnectionOptions(r -> r.vpcPeeringConnectionId(pcx)
                .accepterPeeringConnectionOptions(o -> o.allowDnsResolutionFromRemoteVpc(true)));

        assertThat(answer.requesterPeeringConnectionOptions().allowDnsResolutionFromRemoteVpc()).isTrue();
        VpcPeeringConnection seen = describe(requester, pcx);
        assertThat(seen.requesterVpcInfo().peeringOptions().allowDnsResolutionFromRemoteVpc()).isTrue();
        assertThat(seen.accepterVpcInfo().peeringOptions().allowDnsResolutionFromRemoteVpc()).isTrue();
    }

    @Test
    void peeringsAreFoundByTagAndVpc() {
        VpcSeed ledger = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("ledger", "10.30.0.0/16");
        String pcx = create(ledger);
        requester.createTags(r -> r.resources(pcx).tags(Tag.builder().key("peerbot:state").value("approved").build()));

        assertThat(requester.describeVpcPeeringConnections(r -> r.filters(filter("tag:peerbot:state", "approved")))
                .vpcPeeringConnections()).extracting(VpcPeeringConnection::vpcPeeringConnectionId).containsExactly(pcx);
        assertThat(accepter.describeVpcPeeringConnections(r -> r.filters(filter("tag-key", "peerbot:state")))
                .vpcPeeringConnections()).isEmpty();
        assertThat(accepter.describeVpcPeeringConnections(r -> r.filters(
                filter("accepter-vpc-info.vpc-id", ledger.id()), filter("status-code", "pending-acceptance")))
                .vpcPeeringConnections()).hasSize(1);
        assertThat(standIn.state().peering(pcx).tags()).containsEntry("peerbot:state", "approved");

        requester.deleteTags(r -> r.resources(pcx).tags(Tag.builder().key("peerbot:state").build()));
        assertThat(standIn.state().peering(pcx).tags()).doesNotContainKey("peerbot:state");
    }

    @Test
    void aNewPeeringLeftOutOfItsRequestersListingsIsFoundByItsIdMeanwhile() {
        standIn.settings().requesterListsNewPeeringsAfter(2);
        VpcSeed ledger = standIn.seed().account(ACCEPTER).region("eu-west-1").vpc("ledger", "10.30.0.0/16");
        String pcx = create(ledger);

        assertThat(describe(requester, pcx).vpcPeeringConnectionId()).isEqualTo(pcx);
        requester.createTags(r -> r.resources(pcx).tags(Tag.builder().key("peerbot:state").value("asked").build()));
        for (int listing = 1; listing <= 2; listing++) {
            assertThat(requester.describeVpcPeeringConnections(r -> r.filters(
                    filter("requester-vpc-info.vpc-id", app.id()), filter("status-code", "pending-acceptance")))
                    .vpcPeeringConnections()).as("listing %d", listing).isEmpty();
        }
        assertThat(accepter.describeVpcPeeringConnections(r -> r.filters(
                filter("accepter-vpc-info.vpc-id", ledger.id()))).vpcPeeringConnections())
                .as("the accepter's listings are not held back").hasSize(1);
        assertThat(requester.describeVpcPeeringConnections(r -> r.filters(
                filter("requester-vpc-info.vpc-id", app.id()))).vpcPeeringConnections())
                .extracting(VpcPeeringConnection::vpcPeeringConnectionId).containsExactly(pcx);
    }

    private String create(VpcSeed peer) {
        return requester.createVpcPeeringConnection(r -> r.vpcId(app.id()).peerVpcId(peer.id())
                .peerOwnerId(ACCEPTER).peerRegion("eu-west-1")).vpcPeeringConnection().vpcPeeringConnectionId();
    }

    private static VpcPeeringConnection describe(Ec2Client client, String pcx) {
        return client.describeVpcPeeringConnections(r -> r.vpcPeeringConnectionIds(pcx)).vpcPeeringConnections()
                .get(0);
    }

    static void expectError(ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Ec2Exception.class,
                e -> assertThat(Clients.errorCode(e)).isEqualTo(code));
    }
}
