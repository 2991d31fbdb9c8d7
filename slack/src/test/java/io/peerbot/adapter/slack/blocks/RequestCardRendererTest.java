package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.Fixtures.APPROVED_AT;
import static io.peerbot.adapter.slack.blocks.Fixtures.CREATED;
import static io.peerbot.adapter.slack.blocks.Fixtures.PCX;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.assertWithinSlackLimits;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.buttons;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.element.ButtonElement;
import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.application.port.Notice.ChangeCard;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestCardRendererTest {
    private static final Instant NOW = Instant.parse("2024-03-01T11:00:00Z");
    private final RequestCardRenderer renderer = new RequestCardRenderer(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void anAwaitingCardHasApproveAndDenyCarryingOnlyTheReference() {
        SlackMessage message = renderer.render(Fixtures.awaitingCard(3, 1));

        assertWithinSlackLimits(message);
        List<ButtonElement> buttons = buttons(message);
        assertThat(buttons).extracting(ButtonElement::getActionId).containsExactly(ActionIds.APPROVE, ActionIds.DENY);
        assertThat(buttons).extracting(ButtonElement::getStyle).containsExactly("primary", "danger");
        String reference = new ChangeReference(new PcxId(PCX), Fixtures.APP_AT,
                Fixtures.awaitingCard(3, 1).change().ref()).encode();
        assertThat(buttons).extracting(ButtonElement::getValue).containsOnly(reference);
        assertThat(ChangeReference.parse(buttons.get(0).getValue())).hasValueSatisfying(r ->
                assertThat(r.change().kind()).isEqualTo(ChangeKind.CREATE));
    }

    @Test
    void approvingAsksToConfirmExactlyWhatWillChange() {
        SlackMessage message = renderer.render(Fixtures.awaitingCard(3, 1));

        ButtonElement approve = buttons(message).get(0);
        assertThat(approve.getConfirm().getText().getText())
                .startsWith("Accept " + PCX + ", add 6 routes in 6 route tables and 4 rules in 2 groups")
                .contains("tcp:5432, icmp");
        ButtonElement deny = buttons(message).get(1);
        assertThat(deny.getConfirm().getText().getText()).contains("Reject " + PCX).contains("app-vpc", "db-vpc");
        assertThat(deny.getConfirm().getStyle()).isEqualTo("danger");
    }

    @Test
    void theCardShowsWhoAsksWhyBothVpcsTheirOwnersAndThePlan() {
        ChangeCard card = Fixtures.awaitingCard(3, 1);
        String text = visibleText(renderer.render(card));

        assertThat(text).contains("<@UREQUESTER> asks to peer", "> orders service needs the billing database");
        for (VpcSnapshot vpc : List.of(card.requesterVpc(), card.accepterVpc())) {
            assertThat(text).contains(vpc.id(), vpc.name().orElseThrow(), vpc.location().account(),
                    vpc.location().region());
            vpc.cidrBlocks().forEach(block -> assertThat(text).contains(block.toString()));
        }
        assertThat(text).contains("<@UAPPOWNER>", "<@UDBOWNER1>", "<@UDBOWNER2>");
        assertThat(text).contains(Fixtures.tableId(card.requesterVpc().id(), 2), "`10.1.0.0/16`");
        assertThat(text).contains(Fixtures.groupId(card.accepterVpc().id(), 0) + "` (db-vpc-group-0)",
                "`tcp:5432`, `icmp` from `10.0.0.0/16`");
        assertThat(text).contains(PCX).contains("<!date^" + CREATED.getEpochSecond() + "^");
        assertThat(text).contains("Waiting for approval", "*db-vpc (vpc-0bbb00000000000b2)* (accepter side) from "
                + "<@UDBOWNER1>, <@UDBOWNER2> or an admin");
        assertThat(RequestCardRenderer.summarises(card)).isFalse();
    }

    @Test
    void aDecidedCardHasNoButtonsButWhoApprovedAndWhen() {
        ChangeCard awaiting = Fixtures.awaitingCard(3, 1);
        ManagedPeering approved = awaiting.peering()
                .approve(awaiting.change().ref(), new Approval(Side.ACCEPTER, "UDBOWNER1", APPROVED_AT))
                .begin(awaiting.change().ref());
        ChangeCard card = Fixtures.card(approved, awaiting.requesterVpc(), awaiting.accepterVpc(),
                awaiting.plan().additions());

        SlackMessage message = renderer.render(card);

        assertWithinSlackLimits(message);
        assertThat(buttons(message)).isEmpty();
        assertThat(visibleText(message)).contains("approved by <@UDBOWNER1> · <!date^" + APPROVED_AT.getEpochSecond()
                + "^{date_short_pretty} at {time}|2024-03-01 10:15 UTC>");
        assertThat(message.text()).contains("applying");
    }

    @Test
    void aDeniedCardSaysByWhomAndWhenAndHasNoButtons() {
        ChangeCard awaiting = Fixtures.awaitingCard(3, 1);
        ChangeCard card = Fixtures.card(awaiting.peering().deny(awaiting.change().ref(), "UDBOWNER2"),
                awaiting.requesterVpc(), awaiting.accepterVpc(), awaiting.plan().additions());

        SlackMessage message = renderer.render(card);

        assertThat(buttons(message)).isEmpty();
        assertThat(visibleText(message)).contains("Denied by <@UDBOWNER2> · <!date^" + NOW.getEpochSecond() + "^");
        assertThat(message.text()).contains("denied");
    }

    @Test
    void aHugePlanIsSummarisedWithinEverySlackLimit() {
        VpcSnapshot app = Fixtures.appVpc(30, 4);
        VpcSnapshot db = Fixtures.dbVpc(30, 4);
        PeeringOptions options = new PeeringOptions(
                List.of(io.peerbot.domain.traffic.PortRange.tcp(5432), io.peerbot.domain.traffic.PortRange.ICMP,
                        new io.peerbot.domain.traffic.PortRange(io.peerbot.domain.traffic.Protocol.TCP, 8000, 8100),
                        new io.peerbot.domain.traffic.PortRange(io.peerbot.domain.traffic.Protocol.UDP, 53, 53)),
                List.of(), true, true, "x".repeat(5000));
        Plan plan = Fixtures.plan(app, db, 40, 30, options);
        ManagedPeering request = Fixtures.request(app, db, options, List.of(), ChangeState.AWAITING_APPROVAL, null);
        ChangeCard card = Fixtures.card(request, app, db, plan);

        SlackMessage message = renderer.render(card);

        assertWithinSlackLimits(message);
        assertThat(message.blocks().size()).isLessThan(30);
        assertThat(RequestCardRenderer.summarises(card)).isTrue();
        assertThat(visibleText(message))
                .contains("… and 35 more route tables — full plan in the thread")
                .contains("… and 25 more groups — full plan in the thread")
                .contains("400 routes in 80 route tables and 1200 rules in 60 groups");
        assertThat(buttons(message).get(0).getConfirm().getText().getText())
                .contains("400 routes in 80 route tables and 1200 rules in 60 groups")
                .contains("allow private DNS");
    }

    @Test
    void textFromPeopleAndTagsCannotMentionEveryoneOrFakeLinks() {
        VpcSnapshot app = Fixtures.appVpc(1, 0);
        VpcSnapshot sneaky = new VpcSnapshot(app.id(), app.location(), java.util.Map.of("Name", "<!channel>"),
                app.cidrBlocks(), List.of(), List.of(), app.securityGroups(), List.of(), List.of());
        VpcSnapshot db = Fixtures.dbVpc(1, 0);
        PeeringOptions options = Fixtures.options("<!here> see <https://evil.example|docs> & more");
        ManagedPeering request = Fixtures.request(sneaky, db, options, List.of(), ChangeState.AWAITING_APPROVAL,
                null);
        ChangeCard card = Fixtures.card(request, sneaky, db, Fixtures.plan(sneaky, db, 1, 1, options));

        SlackMessage message = renderer.render(card);

        // The header is plain_text, which Slack never parses for mentions; everything else is mrkdwn.
        SlackMessage withoutHeader = new SlackMessage(message.text(), message.blocks().subList(1, message.blocks().size()));
        assertThat(message.blocks().get(0)).isInstanceOf(com.slack.api.model.block.HeaderBlock.class);
        String all = visibleText(withoutHeader) + message.text();
        assertThat(all).doesNotContain("<!here>", "<!channel>", "<https://evil");
        assertThat(all).contains("&lt;!here&gt; see &lt;https://evil.example|docs&gt; &amp; more", "&lt;!channel&gt;");
    }
}
