package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.Fixtures.PCX;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.assertWithinSlackLimits;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.buttons;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.element.ButtonElement;
import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.application.port.Notice.ChangeCard;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Removal;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;
import io.peerbot.domain.plan.SideRemoval;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.SidePlan;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChangeCardRendererTest {
    private static final Instant ASKED = Instant.parse("2024-03-02T09:00:00.125Z");
    private final ChangeCardRenderer renderer = new ChangeCardRenderer();

    @Test
    void anAwaitedDeleteHasButtonsNamingTheChangeAndAConfirmSayingWhatGoes() {
        ChangeCard card = card(delete(), ChangePlan.teardown(PCX, removal(3)));

        SlackMessage message = renderer.render(card);

        assertWithinSlackLimits(message);
        List<ButtonElement> buttons = buttons(message);
        assertThat(buttons).extracting(ButtonElement::getActionId).containsExactly(ActionIds.APPROVE, ActionIds.DENY);
        ChangeReference reference = ChangeReference.parse(buttons.get(0).getValue()).orElseThrow();
        assertThat(reference.pcxId().value()).isEqualTo(PCX);
        assertThat(reference.change().names(delete())).isTrue();
        assertThat(buttons).extracting(ButtonElement::getValue).containsOnly(buttons.get(0).getValue());
        assertThat(buttons.get(0).getConfirm().getTitle().getText()).isEqualTo("Delete this peering?");
        assertThat(buttons.get(0).getConfirm().getText().getText())
                .isEqualTo("Remove 6 routes in 3 route tables, 3 rules in 1 group, and delete " + PCX + ".");
        assertThat(buttons.get(1).getConfirm().getText().getText()).contains("Nothing will change");
        assertThat(visibleText(message)).contains("<@UREQUESTER> asks to *delete*", "<@UDBOWNER1>",
                "remove `rtb-0b000`: `10.0.0.0/16`", "revoke `sg-0a1`: `tcp:5432` from `10.1.0.0/16` (`sgr-0a000`)");
    }

    @Test
    void aLongTeardownIsCutToOneMessageThatKeepsItsButtons() {
        SlackMessage message = renderer.render(card(delete(), ChangePlan.teardown(PCX, removal(200))));

        assertWithinSlackLimits(message);
        assertThat(buttons(message)).hasSize(2);
        assertThat(visibleText(message)).contains("more lines; each step is reported in this thread");
    }

    @Test
    void aDecidedChangeShowsWhoDecidedAndNoButtons() {
        Change denied = delete().deny("UDBOWNER2");
        SlackMessage deniedMessage = renderer.render(card(denied, ChangePlan.teardown(PCX, removal(1))));
        Change done = delete().approve(new Approval(Side.ACCEPTER, "UDBOWNER1", ASKED)).begin().finish();
        assertThat(done.state()).isEqualTo(ChangeState.DONE);
        SlackMessage doneMessage = renderer.render(card(done, ChangePlan.teardown(PCX, removal(1))));

        assertThat(buttons(deniedMessage)).isEmpty();
        assertThat(visibleText(deniedMessage)).contains("Denied by <@UDBOWNER2>. Nothing was changed.");
        assertThat(buttons(doneMessage)).isEmpty();
        assertThat(visibleText(doneMessage)).contains("approved by <@UDBOWNER1>", "Done");
        assertThat(doneMessage.text()).contains("done");
    }

    @Test
    void anOpenNamesItsPortsInTheHeadline() {
        Change open = Change.asked(ChangeKind.OPEN, List.of(PortRange.tcp(6379)), "UREQUESTER", ASKED,
                Set.of(Side.REQUESTER));

        SlackMessage message = renderer.render(card(open, ChangePlan.opening(PCX, open.ports(), new Plan(
                new SidePlan("vpc-0aaa", Fixtures.APP_AT, List.of(), List.of(), List.of()),
                new SidePlan("vpc-0bbb", Fixtures.DB_AT, List.of(), List.of(), List.of()),
                io.peerbot.domain.peering.PeeringOptions.defaults()))));

        assertWithinSlackLimits(message);
        assertThat(visibleText(message)).contains("Open tcp:6379 on " + PCX, "asks to *open* `tcp:6379`");
        assertThat(buttons(message).get(0).getConfirm().getTitle().getText()).isEqualTo("Open these ports?");
    }

    private static Change delete() {
        return Change.asked(ChangeKind.DELETE, List.of(), "UREQUESTER", ASKED, Set.of(Side.REQUESTER))
                .withMessage("1709285500.000200");
    }

    private static ChangeCard card(Change change, ChangePlan plan) {
        ManagedPeering request = Fixtures.request(Fixtures.appVpc(1, 0), Fixtures.dbVpc(1, 0),
                Fixtures.options(""), List.of(), ChangeState.DONE, null).ask(change);
        return new ChangeCard(request, change, Fixtures.appVpc(1, 0), Fixtures.dbVpc(1, 0), Fixtures.APP_OWNERS,
                Fixtures.DB_OWNERS, plan, List.of());
    }

    /** {@code tables} route tables with two routes each on the requester side, one rule per table. */
    private static Removal removal(int tables) {
        List<RouteChange> routes = IntStream.range(0, tables).boxed().flatMap(i -> List.of(
                new RouteChange(String.format("rtb-0b%03d", i), Cidr.parse("10.0.0.0/16")),
                new RouteChange(String.format("rtb-0b%03d", i), Cidr.parse("10.2.0.0/16"))).stream()).toList();
        List<RuleRemoval> rules = IntStream.range(0, tables).mapToObj(i -> new RuleRemoval("sg-0a1",
                String.format("sgr-0a%03d", i), PortRange.tcp(5432), Cidr.parse("10.1.0.0/16"))).toList();
        SideRemoval none = new SideRemoval("vpc-0bbb", Fixtures.DB_AT, List.of(), List.of());
        return new Removal(new SideRemoval("vpc-0aaa", Fixtures.APP_AT, routes, rules), none);
    }
}
