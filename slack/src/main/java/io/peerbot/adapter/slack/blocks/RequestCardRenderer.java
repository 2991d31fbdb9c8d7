package io.peerbot.adapter.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.application.port.Notice.ChangeCard;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.time.Clock;
import io.peerbot.application.request.PlanSize;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The creation's card, the thread's first message: who asked and why, both VPCs with their owners, the plan
 * asked for, the peering connection, and — while approval is awaited — Approve and Deny buttons, each with a
 * confirm dialog. Once decided, the buttons give way to who approved or denied, and when, and to the peering's
 * stage now. It always states what was asked and approved at creation; later changes have their own cards,
 * and only a line with the ports in force now tells of them.
 */
public final class RequestCardRenderer {
    /** Route tables and groups shown per side; a larger plan is summarised and posted in full in the thread. */
    public static final int CARD_ITEMS = PlanSize.CARD_ITEMS;
    static final String FULL_PLAN_ELSEWHERE = "full plan in the thread";

    private final Clock clock;

    public RequestCardRenderer(Clock clock) {
        this.clock = clock;
    }

    /** True when the card leaves part of the plan out, so the full plan belongs in the thread. */
    public static boolean summarises(ChangeCard card) {
        return PlanSize.summarisedOnCard(plan(card));
    }

    private static Plan plan(ChangeCard card) {
        return card.plan().additions();
    }

    public SlackMessage render(ChangeCard card) {
        ManagedPeering request = card.peering();
        Change creation = card.change();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Peering request: " + shortName(card.requesterVpc()) + " ↔ "
                + shortName(card.accepterVpc())));
        blocks.add(BlockKit.section(intro(card)));
        blocks.add(BlockKit.fields(List.of(
                VpcField.of("Requester", card.requesterVpc(), card.requesterOwners()),
                VpcField.of("Accepter", card.accepterVpc(), card.accepterOwners()))));
        blocks.add(Blocks.divider());
        blocks.add(BlockKit.section("*Plan:* accept " + Mrkdwn.code(pcx(card)) + ", add "
                + PlanLines.counts(plan(card)) + "."));
        blocks.addAll(PlanBlocks.summary(plan(card), card.requesterVpc(), card.accepterVpc(), CARD_ITEMS,
                FULL_PLAN_ELSEWHERE));
        blocks.add(BlockKit.context("Peering connection " + Mrkdwn.code(pcx(card)) + " · requested "
                + SlackDates.of(creation.requestedAt())));
        EndWords.onCreationCard(request).ifPresent(line -> blocks.add(BlockKit.section(line)));
        blocks.add(Blocks.divider());
        if (awaitingClicks(card)) {
            blocks.add(BlockKit.section("⏳ *Waiting for approval*" + waitingFor(card)
                    + ExtraApprovalWords.awaiting(card)));
            if (!creation.approvals().isEmpty()) {
                blocks.add(BlockKit.context(String.join("\n", decisionLines(card))));
            }
            blocks.add(Blocks.actions(ActionIds.DECISION_BLOCK, buttons(card)));
        } else {
            blocks.add(BlockKit.context(String.join("\n", decisionLines(card))));
        }
        return new SlackMessage(fallback(card), blocks);
    }

    private static String pcx(ChangeCard card) {
        return card.peering().id() == null ? "" : card.peering().id().value();
    }

    private static boolean awaitingClicks(ChangeCard card) {
        return card.awaitingAnyone();
    }

    /** The options as asked for at creation: its own ports, whatever is in force now. */
    private static PeeringOptions asked(ChangeCard card) {
        PeeringOptions now = card.peering().options();
        return now.withPorts(card.change().ports());
    }

    private static String intro(ChangeCard card) {
        ManagedPeering request = card.peering();
        StringBuilder text = new StringBuilder(Mrkdwn.mention(request.requestedBy()))
                .append(" asks to peer *").append(Mrkdwn.escape(card.requesterVpc().displayName()))
                .append("* with *").append(Mrkdwn.escape(card.accepterVpc().displayName())).append("*.");
        if (!request.options().reason().isBlank()) {
            text.append('\n').append(Mrkdwn.quote(Mrkdwn.truncate(request.options().reason(), 1000)));
        }
        text.append('\n').append(PlanLines.options(asked(card)));
        if (request.options().overridden()) {
            text.append("\n⚠️ *Policy overridden* by ").append(Mrkdwn.mention(request.requestedBy())).append(":\n")
                    .append(Mrkdwn.quote(Mrkdwn.truncate(request.options().override(), 500)));
        }
        return text.toString();
    }

    /** "for *db-vpc* (accepter side) from <@U2> or <@U3>"; each awaited side on its own line. */
    private static String waitingFor(ChangeCard card) {
        return card.awaiting().stream().sorted()
                .map(side -> "\n• *" + Mrkdwn.escape(vpc(card, side).displayName()) + "* (" + side.label()
                        + " side) from " + approvers(owners(card, side)))
                .collect(Collectors.joining());
    }

    private static String approvers(Owners owners) {
        return owners.isEmpty() ? "an admin" : Mrkdwn.mentions(owners.userIds(), 8) + " or an admin";
    }

    private List<String> decisionLines(ChangeCard card) {
        ManagedPeering request = card.peering();
        Change creation = card.change();
        List<String> lines = new ArrayList<>();
        for (Approval approval : creation.approvals().stream().filter(a -> !a.extra()).toList()) {
            lines.add("✅ *" + Mrkdwn.escape(vpc(card, approval.side()).displayName()) + "* ("
                    + approval.side().label() + " side) approved by " + Mrkdwn.mention(approval.userId()) + " · "
                    + SlackDates.of(approval.at()));
        }
        lines.addAll(ExtraApprovalWords.given(card));
        switch (request.stage()) {
            case DENIED -> lines.add("❌ Denied by "
                    + (creation.deniedBy() == null ? "someone" : Mrkdwn.mention(creation.deniedBy()))
                    + " · " + SlackDates.of(clock.instant()) + ". Nothing was changed.");
            case EXPIRED -> lines.add("⌛ Expired: nobody approved in time. Nothing was changed.");
            case APPLYING -> lines.add("⚙️ Applying — each step in the thread.");
            case APPLIED -> lines.add("🟢 Applied — changes and test results in the thread.");
            case FAILED -> lines.add("⚠️ Failed — what went wrong is in the thread.");
            case DELETING -> lines.add("🗑️ Being taken down — each step in the thread.");
            case DELETED -> lines.add("🗑️ Taken down: routes, rules and the peering are gone.");
            case AWAITING_APPROVAL -> {
                if (lines.isEmpty()) {
                    lines.add("Awaiting approval.");
                }
            }
            default -> throw new IllegalStateException("unknown stage " + request.stage());
        }
        if (creation.state().approved() && !request.portsInForce().equals(creation.ports())) {
            lines.add("Ports in force now: " + Mrkdwn.code(PortList.format(request.portsInForce()).replace(",", ", "))
                    + " — later changes are in the thread.");
        }
        return lines;
    }

    private static List<BlockElement> buttons(ChangeCard card) {
        String reference = reference(card);
        ButtonElement approve = ButtonElement.builder()
                .actionId(ActionIds.APPROVE).text(plainText("Approve")).style("primary").value(reference)
                .confirm(dialog("Approve this peering?", approveConfirmText(card), "Approve", null))
                .build();
        ButtonElement deny = ButtonElement.builder()
                .actionId(ActionIds.DENY).text(plainText("Deny")).style("danger").value(reference)
                .confirm(dialog("Deny this peering?", "Reject " + pcx(card)
                        + ". No route or rule will be added to " + shortName(card.requesterVpc()) + " or "
                        + shortName(card.accepterVpc()) + ".", "Deny", "danger"))
                .build();
        return List.of(approve, deny);
    }

    /** The buttons carry only where the peering is and which change of it they decide: its creation. */
    static String reference(ChangeCard card) {
        return ChangeReference.shown(card.peering(), card.change()).encode();
    }

    /** "Accept pcx-…, add 6 routes in 6 route tables and 4 rules in 2 groups (tcp:5432), allow private DNS." */
    static String approveConfirmText(ChangeCard card) {
        String ports = card.change().ports().stream().map(PortRange::toString)
                .collect(Collectors.joining(", "));
        String text = "Accept " + pcx(card) + ", add " + PlanLines.counts(plan(card))
                + " (" + Mrkdwn.truncate(ports, 60) + ")"
                + (card.peering().options().dns() ? ", allow private DNS" : "") + ".";
        if (card.awaiting().size() > 1) {
            text += " This happens once both sides have approved.";
        }
        return Mrkdwn.truncate(text, SlackLimits.CONFIRM_TEXT);
    }

    private static ConfirmationDialogObject dialog(String title, String text, String confirm, String style) {
        return confirmationDialog(c -> c.title(plainText(title)).text(plainText(text))
                .confirm(plainText(confirm)).deny(plainText("Cancel")).style(style));
    }

    private String fallback(ChangeCard card) {
        String who = Mrkdwn.mention(card.peering().requestedBy()) + " asks to peer "
                + Mrkdwn.escape(card.requesterVpc().displayName()) + " with "
                + Mrkdwn.escape(card.accepterVpc().displayName()) + " (" + pcx(card) + ")";
        if (awaitingClicks(card)) {
            return who + ": waiting for approval from " + card.awaiting().stream().sorted()
                    .map(side -> approvers(owners(card, side))).collect(Collectors.joining("; "));
        }
        return who + ": " + card.peering().stage().tag().replace('-', ' ');
    }

    private static String shortName(VpcSnapshot vpc) {
        return vpc.name().orElse(vpc.id());
    }

    private static VpcSnapshot vpc(ChangeCard card, Side side) {
        return card.vpc(side);
    }

    private static Owners owners(ChangeCard card, Side side) {
        return card.owners(side);
    }
}
