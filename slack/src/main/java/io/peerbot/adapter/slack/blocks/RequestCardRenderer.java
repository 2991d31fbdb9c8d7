package io.peerbot.adapter.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.application.port.Notice.RequestCard;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.request.Approval;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestReference;
import io.peerbot.domain.request.RequestState;
import io.peerbot.domain.traffic.PortRange;
import java.time.Clock;
import io.peerbot.application.usecase.PlanSize;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The request message: who asks and why, both VPCs with their owners, the plan, the peering connection,
 * and — while approval is awaited — Approve and Deny buttons, each with a confirm dialog. Once decided,
 * the buttons give way to who approved or denied, and when.
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
    public static boolean summarises(RequestCard card) {
        return PlanSize.summarisedOnCard(card.plan());
    }

    public SlackMessage render(RequestCard card) {
        PeeringRequest request = card.request();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Peering request: " + shortName(card.requesterVpc()) + " ↔ "
                + shortName(card.accepterVpc())));
        blocks.add(BlockKit.section(intro(card)));
        blocks.add(BlockKit.fields(List.of(
                VpcField.of("Requester", card.requesterVpc(), card.requesterOwners()),
                VpcField.of("Accepter", card.accepterVpc(), card.accepterOwners()))));
        blocks.add(Blocks.divider());
        blocks.add(BlockKit.section("*Plan:* accept " + Mrkdwn.code(request.pcxId()) + ", add "
                + PlanLines.counts(card.plan()) + "."));
        blocks.addAll(PlanBlocks.summary(card.plan(), card.requesterVpc(), card.accepterVpc(), CARD_ITEMS,
                FULL_PLAN_ELSEWHERE));
        blocks.add(BlockKit.context("Peering connection " + Mrkdwn.code(request.pcxId()) + " · requested "
                + SlackDates.of(request.createdAt())));
        blocks.add(Blocks.divider());
        if (awaitingClicks(card)) {
            blocks.add(BlockKit.section("⏳ *Waiting for approval*" + waitingFor(card)));
            if (!request.approvals().isEmpty()) {
                blocks.add(BlockKit.context(String.join("\n", decisionLines(card))));
            }
            blocks.add(Blocks.actions(ActionIds.DECISION_BLOCK, buttons(card)));
        } else {
            blocks.add(BlockKit.context(String.join("\n", decisionLines(card))));
        }
        return new SlackMessage(fallback(card), blocks);
    }

    private static boolean awaitingClicks(RequestCard card) {
        return !card.awaiting().isEmpty() && card.request().state() == RequestState.AWAITING_APPROVAL;
    }

    private static String intro(RequestCard card) {
        PeeringRequest request = card.request();
        StringBuilder text = new StringBuilder(Mrkdwn.mention(request.requestedBy()))
                .append(" asks to peer *").append(Mrkdwn.escape(card.requesterVpc().displayName()))
                .append("* with *").append(Mrkdwn.escape(card.accepterVpc().displayName())).append("*.");
        if (!request.options().reason().isBlank()) {
            text.append('\n').append(Mrkdwn.quote(Mrkdwn.truncate(request.options().reason(), 1000)));
        }
        text.append('\n').append(PlanLines.options(request.options()));
        return text.toString();
    }

    /** "for *db-vpc* (accepter side) from <@U2> or <@U3>"; each awaited side on its own line. */
    private static String waitingFor(RequestCard card) {
        return card.awaiting().stream().sorted()
                .map(side -> "\n• *" + Mrkdwn.escape(vpc(card, side).displayName()) + "* (" + side.label()
                        + " side) from " + approvers(owners(card, side)))
                .collect(Collectors.joining());
    }

    private static String approvers(Owners owners) {
        return owners.isEmpty() ? "an admin" : Mrkdwn.mentions(owners.userIds(), 8) + " or an admin";
    }

    private List<String> decisionLines(RequestCard card) {
        PeeringRequest request = card.request();
        List<String> lines = new ArrayList<>();
        for (Approval approval : request.approvals()) {
            lines.add("✅ *" + Mrkdwn.escape(vpc(card, approval.side()).displayName()) + "* ("
                    + approval.side().label() + " side) approved by " + Mrkdwn.mention(approval.userId()) + " · "
                    + SlackDates.of(approval.at()));
        }
        switch (request.state()) {
            case DENIED -> lines.add("❌ Denied by "
                    + (request.deniedBy() == null ? "someone" : Mrkdwn.mention(request.deniedBy()))
                    + " · " + SlackDates.of(clock.instant()) + ". Nothing was changed.");
            case EXPIRED -> lines.add("⌛ Expired: nobody approved in time. Nothing was changed.");
            case APPROVED, APPLYING -> lines.add("⚙️ Applying — each step in the thread.");
            case APPLIED -> lines.add("🟢 Applied — changes and test results in the thread.");
            case FAILED -> lines.add("⚠️ Failed — what went wrong is in the thread.");
            case DELETING -> lines.add("🗑️ Being taken down — each step in the thread.");
            case DELETED -> lines.add("🗑️ Taken down: routes, rules and the peering are gone.");
            case AWAITING_APPROVAL -> {
                if (lines.isEmpty()) {
                    lines.add("Awaiting approval.");
                }
            }
            default -> throw new IllegalStateException("unknown state " + request.state());
        }
        return lines;
    }

    private static List<BlockElement> buttons(RequestCard card) {
        String reference = reference(card.request());
        ButtonElement approve = ButtonElement.builder()
                .actionId(ActionIds.APPROVE).text(plainText("Approve")).style("primary").value(reference)
                .confirm(dialog("Approve this peering?", approveConfirmText(card), "Approve", null))
                .build();
        ButtonElement deny = ButtonElement.builder()
                .actionId(ActionIds.DENY).text(plainText("Deny")).style("danger").value(reference)
                .confirm(dialog("Deny this peering?", "Reject " + card.request().pcxId()
                        + ". No route or rule will be added to " + shortName(card.requesterVpc()) + " or "
                        + shortName(card.accepterVpc()) + ".", "Deny", "danger"))
                .build();
        return List.of(approve, deny);
    }

    /** The button carries only where to find the request: the pcx and the account and region it was made in. */
    static String reference(PeeringRequest request) {
        return new RequestReference(request.pcxId(), request.requester().location()).encode();
    }

    /** "Accept pcx-…, add 6 routes in 6 route tables and 4 rules in 2 groups (tcp:5432), allow private DNS." */
    static String approveConfirmText(RequestCard card) {
        String ports = card.request().options().ports().stream().map(PortRange::toString)
                .collect(Collectors.joining(", "));
        String text = "Accept " + card.request().pcxId() + ", add " + PlanLines.counts(card.plan())
                + " (" + Mrkdwn.truncate(ports, 60) + ")"
                + (card.request().options().dns() ? ", allow private DNS" : "") + ".";
        if (card.awaiting().size() > 1) {
            text += " This happens once both sides have approved.";
        }
        return Mrkdwn.truncate(text, SlackLimits.CONFIRM_TEXT);
    }

    private static ConfirmationDialogObject dialog(String title, String text, String confirm, String style) {
        return confirmationDialog(c -> c.title(plainText(title)).text(plainText(text))
                .confirm(plainText(confirm)).deny(plainText("Cancel")).style(style));
    }

    private String fallback(RequestCard card) {
        String who = Mrkdwn.mention(card.request().requestedBy()) + " asks to peer "
                + Mrkdwn.escape(card.requesterVpc().displayName()) + " with "
                + Mrkdwn.escape(card.accepterVpc().displayName()) + " (" + card.request().pcxId() + ")";
        if (awaitingClicks(card)) {
            return who + ": waiting for approval from " + card.awaiting().stream().sorted()
                    .map(side -> approvers(owners(card, side))).collect(Collectors.joining("; "));
        }
        return who + ": " + card.request().state().tag().replace('-', ' ');
    }

    private static String shortName(VpcSnapshot vpc) {
        return vpc.name().orElse(vpc.id());
    }

    private static VpcSnapshot vpc(RequestCard card, Side side) {
        return side == Side.REQUESTER ? card.requesterVpc() : card.accepterVpc();
    }

    private static Owners owners(RequestCard card, Side side) {
        return side == Side.REQUESTER ? card.requesterOwners() : card.accepterOwners();
    }
}
