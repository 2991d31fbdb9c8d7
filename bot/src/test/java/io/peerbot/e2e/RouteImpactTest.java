package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredRoute;
import io.peerbot.standin.ec2.model.StoredRouteTable;
import io.peerbot.standin.ec2.seed.RouteTableSeed;
import io.peerbot.standin.slack.RecordedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Route impact, through the real SDK against the stand-in's route tables: a more specific route to a transit
 * gateway keeps its part of the peer's range (a warning), and a broader route to a transit gateway loses the peer's
 * range to the peering (refused unless {@code --override-routes}).
 */
class RouteImpactTest {
    private static final String TGW = "tgw-0a1b2c3d4e5f60718";
    private static final String OTHER_TGW = "tgw-0f1e2d3c4b5a69788";

    @RegisterExtension
    final Harness h = Harness.forEachTest();

    /** app-vpc-d on its own table, which sends one /24 of db-vpc's 10.1.0.0/16 to a transit gateway. */
    private RouteTableSeed shadowingTable() {
        return h.org.app.routeTable("rt-tgw", h.org.app.subnet("app-vpc-d", "10.0.4.0/24"))
                .route("10.1.5.0/24", TGW);
    }

    @Test
    void planWarnsThatAMoreSpecificRouteKeepsItsPartOfThePeersRange() {
        String table = shadowingTable().id();

        h.type(ALICE, "plan app-vpc db-vpc");

        RecordedMessage plan = h.awaitEphemeral(ALICE, t -> t.contains("stays on"));
        assertThat(plan.allText()).contains(table, "`10.1.5.0/24 → " + TGW + "`", "`10.1.0.0/16`",
                "will not go through the peering");
    }

    @Test
    void aRequestMovingARangeOffATransitGatewayIsRefusedWithoutOverrideRoutes() {
        String main = h.org.app.mainRouteTable().route("10.0.0.0/8", OTHER_TGW).id();

        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");

        RecordedMessage refusal = h.awaitEphemeral(ALICE, t -> t.contains("--override-routes"));
        assertThat(refusal.allText()).contains(main, "`10.1.0.0/16`", "`10.0.0.0/8 → " + OTHER_TGW + "`",
                "a transit gateway");
        assertThat(h.ec2.state().peerings()).isEmpty();
        // the permission check (a dry run) goes with the plan's reads; nothing is created
        assertThat(h.ec2.calls().of("CreateVpcPeeringConnection")).allMatch(c -> c.dryRun());
    }

    @Test
    void aRouteToATransitGatewayAddedBeforeTheApprovalStopsItWithoutOverrideRoutes() {
        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");
        RecordedMessage card = h.awaitCard();
        String main = h.org.app.mainRouteTable().route("10.0.0.0/8", OTHER_TGW).id();
        int mark = h.ec2.calls().mark();

        h.approve(BOB, card);

        RecordedMessage refusal = h.awaitEphemeral(BOB, t -> t.contains("would move traffic off"));
        assertThat(refusal.allText()).contains("cannot be approved", main, "`10.0.0.0/8 → " + OTHER_TGW + "`",
                "nothing changed");
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.ec2.state().peerings().get(0).status().code()).isEqualTo("pending-acceptance");
    }

    @Test
    void withOverrideRoutesThePlanShowsBothImpactsAndTheCardRecordsTheOverride() {
        String shadowing = shadowingTable().id();
        String main = h.org.app.mainRouteTable().route("10.0.0.0/8", OTHER_TGW).id();

        h.type(ALICE, "plan app-vpc db-vpc --override-routes");
        RecordedMessage plan = h.awaitEphemeral(ALICE, t -> t.contains("moves off"));
        assertThat(plan.allText()).contains(shadowing, "`10.1.5.0/24 → " + TGW + "`", main,
                "`10.0.0.0/8 → " + OTHER_TGW + "`", "allowed with `--override-routes`");

        h.type(ALICE, "app-vpc db-vpc --override-routes");
        RecordedMessage card = h.awaitCard();
        assertThat(card.allText()).contains("moves off", "allowed with `--override-routes`");
        StoredPeeringConnection pcx = h.ec2.state().peerings().get(0);
        assertThat(pcx.tags()).containsEntry("peerbot:override-routes", "true");

        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("is ready"));
        StoredRouteTable mainTable = h.ec2.state().routeTable(main);
        assertThat(mainTable.routes()).extracting(StoredRoute::destination, StoredRoute::target)
                .contains(tuple("10.0.0.0/8", OTHER_TGW),
                        tuple("10.1.0.0/16", pcx.id()));
    }
}
