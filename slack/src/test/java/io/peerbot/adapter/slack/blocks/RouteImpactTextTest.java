package io.peerbot.adapter.slack.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.PathKind;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.plan.PlanNote;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Route impact and unknown peering states in words. */
class RouteImpactTextTest {
    private static final Cidr PEER = Cidr.parse("10.20.0.0/16");
    private static final Route BROAD_TGW = new Route(Cidr.parse("10.0.0.0/8"), "tgw-0abc", false);

    @Test
    void aMoreSpecificRouteThatStaysIsAWarningNamingIt() {
        String text = PlanNoteText.of(new PlanNote.RouteStays("rtb-0a", PEER,
                new Route(Cidr.parse("10.20.5.0/24"), "tgw-0abc", false)));

        assertThat(text).isEqualTo(":warning: In `rtb-0a`, `10.20.5.0/24` stays on `10.20.5.0/24 → tgw-0abc`: the "
                + "more specific route wins, so that part of `10.20.0.0/16` will not go through the peering.");
    }

    @Test
    void aPathLeftSaysWhetherOverrideRoutesAllowsIt() {
        assertThat(PlanNoteText.of(new PlanNote.RouteMovesOffPath("rtb-0a", PEER, BROAD_TGW,
                PathKind.TRANSIT_GATEWAY, false))).isEqualTo(":no_entry: In `rtb-0a`, `10.20.0.0/16` moves off "
                + "`10.0.0.0/8 → tgw-0abc` (a transit gateway) onto the peering; this needs `--override-routes`.");
        assertThat(PlanNoteText.of(new PlanNote.RouteMovesOffPath("rtb-0a", PEER,
                new Route(Cidr.parse("10.20.0.0/16"), "vgw-0abc", false, true), PathKind.VPN_GATEWAY, true)))
                .isEqualTo(":warning: In `rtb-0a`, `10.20.0.0/16` moves off `10.20.0.0/16 → vgw-0abc` (propagated) "
                        + "(a VPN or Direct Connect gateway) onto the peering, allowed with `--override-routes`.");
    }

    @Test
    void theRefusalSaysHowToGoAhead() {
        String text = RejectionText.of(new Rejection.MovesTrafficOffPath("rtb-0a", PEER, BROAD_TGW,
                PathKind.TRANSIT_GATEWAY));

        assertThat(text).contains("`rtb-0a`", "`10.20.0.0/16`", "`10.0.0.0/8 → tgw-0abc`", "a transit gateway",
                "ask again with `--override-routes`");
    }

    @Test
    void anUnknownStatusIsShownAsEc2GaveIt() {
        PeeringSide side = new PeeringSide("vpc-0a", new Location("111122223333", "eu-west-1"), List.of(PEER));
        PeeringConnection peering = new PeeringConnection("pcx-0a", side, side, PeeringStatus.fromCode("suspended"),
                "", Map.of(), "suspended");

        assertThat(PeeringWords.status(peering)).isEqualTo("unknown status 'suspended'");
    }
}
