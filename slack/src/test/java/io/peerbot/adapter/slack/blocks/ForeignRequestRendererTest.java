package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.assertWithinSlackLimits;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.buttons;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ForeignRequestRendererTest {
    private static final Location HOME = new Location("111122223333", "us-east-1");
    private static final Location OUTSIDER = new Location("999988887777", "eu-west-1");

    private final NoticeRenderer renderer = new NoticeRenderer(Clock.systemUTC());

    @Test
    void namesWhoAsksIntoWhichVpcWhoOwnsItThatPeerbotWillNotAcceptAndOffersReject() {
        List<SlackMessage> messages = renderer.render(new Notice.ForeignPeeringRequest(request(), false,
                "payments (vpc-0home)", new Owners(Set.of("U0DAVE", "U0ERIN"), "tag")));

        assertWithinSlackLimits(messages);
        String text = visibleText(messages);
        assertThat(text).contains("pcx-0a1b2c3d", "999988887777", "outside the organisation", "vpc-0evil",
                "payments (vpc-0home)", "111122223333:us-east-1", "<@U0DAVE>", "<@U0ERIN>", "never accepts",
                "reject it here");
        assertThat(messages).singleElement().satisfies(m -> assertThat(buttons(m)).singleElement()
                .satisfies(b -> assertThat(b.getValue()).isEqualTo("pcx-0a1b2c3d@111122223333:us-east-1")));
    }

    @Test
    void saysSoWhenTheRequesterIsInsideTheOrganisationOrTheVpcHasNoOwner() {
        String text = visibleText(renderer.render(new Notice.ForeignPeeringRequest(request(), true, "vpc-0home",
                Owners.none())));

        assertThat(text).contains("inside the organisation", "no owner is known").doesNotContain("outside");
    }

    private static PeeringConnection request() {
        return new PeeringConnection("pcx-0a1b2c3d", new PeeringSide("vpc-0evil", OUTSIDER,
                List.of(Cidr.parse("10.99.0.0/16"))), new PeeringSide("vpc-0home", HOME,
                List.of(Cidr.parse("10.1.0.0/16"))), PeeringStatus.PENDING_ACCEPTANCE, "", Map.of());
    }
}
