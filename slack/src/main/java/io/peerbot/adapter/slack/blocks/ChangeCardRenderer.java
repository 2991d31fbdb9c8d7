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
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.peering.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A later change's card in the peering's thread: who asks to open, close or delete, what it will do, and —
 * while consent is awaited — Approve and Deny buttons whose confirm dialog names what will change. Once
 * decided, the buttons give way to who approved or denied and where the change stands. Always one message
 * (its buttons must stay with it): a long list of what will change is cut, the thread reports every step.
 */
public final class ChangeCardRenderer {
    /** Lines of the change's plan shown on the message. */
    static final int PLAN_LINES = 40;

    public SlackMessage render(ChangeCard card) {
        ManagedPeering request = card.peering();
        Change change = card.change();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header(headline(request, change)));
        blocks.add(BlockKit.section(intro(request, change)));
        if (!card.leftOut().isEmpty()) {
            blocks.add(BlockKit.context(String.join("\n", ChangeRefusalText.leftOut(card.leftOut()))));
        }
        blocks.add(BlockKit.section("*Plan:* " + Mrkdwn.escape(ChangePlanText.summary(card.plan()))));
        blocks.addAll(BlockKit.sections(planText(card.plan())));
        change.end().ifPresent(end -> blocks.add(BlockKit.section(EndWords.ends(change))));
        blocks.add(Blocks.divider());
        if (card.awaitingAnyone()) {
            blocks.add(BlockKit.section("⏳ *Waiting for approval*" + waitingFor(card)
                    + ExtraApprovalWords.awaiting(card)));
            if (!change.approvals().isEmpty()) {
                blocks.add(BlockKit.context(String.join("\n", decisionLines(card))));
            }
            blocks.add(Blocks.actions(ActionIds.CHANGE_DECISION_BLOCK, buttons(card)));
        } else {
            blocks.add(BlockKit.context(String.join("\n", decisionLines(card))));
        }
        return new SlackMessage(fallback(card), blocks);
    }

    private static String headline(ManagedPeering request, Change change) {
        return switch (change.kind()) {
            case DELETE -> "Delete peering " + request.id();
            case OPEN -> "Open " + ports(change, false) + " on " + request.id();
            case CLOSE -> "Close " + ports(change, false) + " on " + request.id();
            case CREATE -> "Create peering " + request.id();
            case REPAIR -> "Repair peering " + request.id();
            case EXTEND -> "Extend peering " + request.id();
            case RENEW -> "Renew " + (change.ports().isEmpty() ? "peering " : ports(change, false) + " on ")
                    + request.id();
        };
    }

    private static String intro(ManagedPeering request, Change change) {
        String between = " (" + Mrkdwn.code(request.requester().vpcId()) + " ↔ "
                + Mrkdwn.code(request.accepter().vpcId()) + ")";
        String asker = Mrkdwn.mention(change.requestedBy());
        return switch (change.kind()) {
            case DELETE -> asker + " asks to *delete* " + Mrkdwn.code(request.id().value()) + between
                    + ": remove the routes and security group rules peerbot made for it, then delete the peering.";
            case OPEN -> asker + " asks to *open* " + ports(change, true) + " on " + Mrkdwn.code(request.id().value())
                    + between + ": add security group rules on both sides.";
            case CLOSE -> asker + " asks to *close* " + ports(change, true) + " on " + Mrkdwn.code(request.id().value())
                    + between + ": revoke the rules peerbot made for them.";
            case CREATE -> asker + " asks to peer" + between + ".";
            case REPAIR -> asker + " asks to *repair* " + Mrkdwn.code(request.id().value()) + between
                    + ": restore the routes and rules of the approved plan that someone removed, on the side they own.";
            case EXTEND -> asker + " asks to *extend* " + Mrkdwn.code(request.id().value()) + between
                    + ": add routes and rules for what grew since the plan was approved.";
            case RENEW -> asker + " asks to *renew* " + (change.ports().isEmpty() ? "the peering "
                    : ports(change, true) + " on ") + Mrkdwn.code(request.id().value()) + between + ": "
                    + (change.ports().isEmpty() ? "it is deleted" : "they are closed") + " at the new end instead.";
        };
    }

    private static String planText(ChangePlan preview) {
        List<String> lines = new ArrayList<>(ChangePlanText.lines(preview));
        preview.notes().forEach(note -> lines.add("note: " + PlanNoteText.of(note)));
        List<String> shown = new ArrayList<>(lines.subList(0, Math.min(lines.size(), PLAN_LINES)));
        if (lines.size() > PLAN_LINES) {
            shown.add("… and " + (lines.size() - PLAN_LINES) + " more lines; each step is reported in this thread.");
        }
        return String.join("\n", shown);
    }

    private static String waitingFor(ChangeCard card) {
        return card.awaiting().stream().sorted()
                .map(side -> "\n• " + side.label() + " side (" + Mrkdwn.code(card.peering().side(side).vpcId())
                        + ") from " + approvers(owners(card, side)))
                .collect(Collectors.joining());
    }

    private static String approvers(Owners owners) {
        return owners.isEmpty() ? "an admin" : Mrkdwn.mentions(owners.userIds(), 8) + " or an admin";
    }

    private static List<String> decisionLines(ChangeCard card) {
        Change change = card.change();
        List<String> lines = new ArrayList<>();
        for (Approval approval : change.approvals().stream().filter(a -> !a.extra()).toList()) {
            lines.add("✅ " + approval.side().label() + " side (" + Mrkdwn.code(card.peering().side(approval.side())
                    .vpcId()) + ") approved by " + Mrkdwn.mention(approval.userId()) + " · "
                    + SlackDates.of(approval.at()));
        }
        lines.addAll(ExtraApprovalWords.given(card));
        String pcx = card.peering().id().value();
        switch (change.state()) {
            case DENIED -> lines.add("❌ Denied by " + (change.deniedBy() == null ? "someone"
                    : Mrkdwn.mention(change.deniedBy())) + ". Nothing was changed.");
            case APPLYING -> lines.add("⚙️ Approved — applying; each step in this thread.");
            case DONE -> lines.add("🟢 Done — each step is in this thread.");
            case FAILED -> lines.add("⚠️ Failed — what went wrong is in this thread; `/peer retry " + pcx
                    + "` finishes it.");
            case EXPIRED -> lines.add("⌛ Expired. Nothing was changed.");
            case AWAITING_APPROVAL -> {
                if (lines.isEmpty()) {
                    lines.add("Awaiting approval.");
                }
            }
            default -> throw new IllegalStateException("unknown change state " + change.state());
        }
        return lines;
    }

    private static List<BlockElement> buttons(ChangeCard card) {
        String reference = reference(card);
        String summary = ChangePlanText.summary(card.plan());
        if (card.awaiting().size() > 1) {
            summary += " This happens once both sides have approved.";
        }
        String title = switch (card.change().kind()) {
            case CREATE -> "Approve this peering?";
            case DELETE -> "Delete this peering?";
            case OPEN -> "Open these ports?";
            case CLOSE -> "Close these ports?";
            case REPAIR -> "Repair this peering?";
            case EXTEND -> "Extend this peering?";
            case RENEW -> "Move the end?";
        };
        String verb = switch (card.change().kind()) {
            case CREATE -> "Approve";
            case DELETE -> "Delete";
            case OPEN -> "Open";
            case CLOSE -> "Close";
            case REPAIR -> "Repair";
            case EXTEND -> "Extend";
            case RENEW -> "Renew";
        };
        ButtonElement approve = ButtonElement.builder()
                .actionId(ActionIds.APPROVE).text(plainText("Approve")).style("primary").value(reference)
                .confirm(dialog(title, Mrkdwn.truncate(summary, SlackLimits.CONFIRM_TEXT), verb,
                        card.change().kind() == ChangeKind.DELETE ? "danger" : null))
                .build();
        ButtonElement deny = ButtonElement.builder()
                .actionId(ActionIds.DENY).text(plainText("Deny")).style("danger").value(reference)
                .confirm(dialog("Deny this change?", "Nothing will change in AWS: " + card.peering().id()
                        + " stays as it is.", "Deny", "danger"))
                .build();
        return List.of(approve, deny);
    }

    /** The buttons carry only where the request is and which change of it they decide. */
    static String reference(ChangeCard card) {
        return ChangeReference.shown(card.peering(), card.change()).encode();
    }

    private static ConfirmationDialogObject dialog(String title, String text, String confirm, String style) {
        return confirmationDialog(c -> c.title(plainText(title)).text(plainText(text))
                .confirm(plainText(confirm)).deny(plainText("Cancel")).style(style));
    }

    private static String fallback(ChangeCard card) {
        String what = Mrkdwn.mention(card.change().requestedBy()) + " asks for /peer " + card.change().describe()
                + " on " + card.peering().id();
        if (!card.awaiting().isEmpty()) {
            return what + ": waiting for approval from " + card.awaiting().stream().sorted()
                    .map(side -> approvers(owners(card, side))).collect(Collectors.joining("; "));
        }
        return what + ": " + card.change().state().tag().replace('-', ' ');
    }

    private static String ports(Change change, boolean code) {
        return change.ports().stream().map(p -> code ? Mrkdwn.code(p.toString()) : p.toString())
                .collect(Collectors.joining(", "));
    }

    private static Owners owners(ChangeCard card, Side side) {
        return card.owners(side);
    }
}
