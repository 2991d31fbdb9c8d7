package io.peerbot.adapter.slack.blocks;

import static com.slack.api.model.block.composition.BlockCompositions.confirmationDialog;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.peering.Side;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Peerings over time: the reminder of an end with Renew / End now, the end itself, pending-request reminders. */
final class ExpiryRenderer {
    private static final int MAX_MENTIONS = 10;

    Optional<List<SlackMessage>> render(Notice notice) {
        if (notice instanceof Notice.TermReminder n) {
            return Optional.of(List.of(reminder(n)));
        } else if (notice instanceof Notice.TermOver n) {
            String what = what(n.term());
            String text = n.endedBy() == null
                    ? "⏱ Time is up for " + what + " on " + Mrkdwn.code(n.pcxId().value()) + " (it ended "
                    + SlackDates.of(n.term().end()) + "): peerbot takes it away now, each step below. No approval "
                    + "is asked: it was given with the time limit."
                    : "⏹ " + Mrkdwn.mention(n.endedBy()) + " ended " + what + " on " + Mrkdwn.code(n.pcxId().value())
                    + " now (it would have ended " + SlackDates.of(n.term().end()) + "): peerbot takes it away, each "
                    + "step below. No approval is asked: it was given with the time limit.";
            return Optional.of(TextRenderer.messages(text));
        } else if (notice instanceof Notice.TermEndNotRecorded n) {
            return Optional.of(TextRenderer.messages("⚠️ " + capitalised(what(n.term())) + " on "
                    + Mrkdwn.code(n.pcx().value()) + " ended " + SlackDates.of(n.term().end()) + ", but peerbot could"
                    + " not record taking it away: " + ProblemText.of(n.why()) + " Nothing was changed in AWS yet;"
                    + " peerbot tries again every minute and posts the steps once it can."));
        } else if (notice instanceof Notice.EndNowRefused n) {
            Set<String> may = new LinkedHashSet<>(n.requesterOwners().userIds());
            may.addAll(n.accepterOwners().userIds());
            may.addAll(n.admins());
            return Optional.of(TextRenderer.messages("Only an owner of either side of " + Mrkdwn.code(n.pcxId().value())
                    + " or an admin may end it early: " + (may.isEmpty() ? "none is known"
                    : Mrkdwn.mentions(may, MAX_MENTIONS)) + ". Nothing changed."));
        } else if (notice instanceof Notice.TermGone n) {
            return Optional.of(TextRenderer.messages("That reminder is about an end of " + Mrkdwn.code(n.pcxId().value())
                    + " that is no longer in force (renewed, ended or changed since). Nothing changed."));
        } else if (notice instanceof Notice.PendingReminder n) {
            Set<String> awaited = new LinkedHashSet<>();
            List<String> sides = new ArrayList<>();
            for (Side side : n.request().awaiting()) {
                Owners owners = side == Side.REQUESTER ? n.requesterOwners() : n.accepterOwners();
                awaited.addAll(owners.userIds());
                sides.add(side.label());
            }
            String who = awaited.isEmpty() ? "an admin" : Mrkdwn.mentions(awaited, MAX_MENTIONS);
            return Optional.of(TextRenderer.messages("🔔 " + who + ": the request " + Mrkdwn.code(n.pcxId().value())
                    + " asked by " + Mrkdwn.mention(n.request().requestedBy()) + " still awaits approval of the "
                    + String.join(" and ", sides) + " side. Approve or deny it on the card above; AWS drops it "
                    + SlackDates.of(n.droppedByAwsAt()) + "."));
        }
        return foreign(notice);
    }

    /** Answers about Reject on a peer-phishing alert. */
    private static Optional<List<SlackMessage>> foreign(Notice notice) {
        if (notice instanceof Notice.ForeignRequestRejected n) {
            return Optional.of(TextRenderer.messages("🛑 " + Mrkdwn.mention(n.userId()) + " rejected the peering request "
                    + Mrkdwn.code(n.pcxId().value()) + ", which peerbot did not make."));
        } else if (notice instanceof Notice.ForeignRejectRefused n) {
            Set<String> may = new LinkedHashSet<>(n.owners().userIds());
            may.addAll(n.admins());
            return Optional.of(TextRenderer.messages("Only an owner of " + Mrkdwn.escape(n.targetVpcName())
                    + " or an admin may reject " + Mrkdwn.code(n.pcxId().value()) + ": " + (may.isEmpty()
                    ? "none is known" : Mrkdwn.mentions(may, MAX_MENTIONS)) + ". Nothing changed."));
        } else if (notice instanceof Notice.ForeignRequestNotPending n) {
            return Optional.of(TextRenderer.messages(Mrkdwn.code(n.pcxId().value()) + " no longer awaits acceptance"
                    + n.status().map(s -> " (it is " + s.code() + ")").orElse(" (it is gone)")
                    + ", so there is nothing to reject. Nothing changed."));
        }
        return Optional.empty();
    }

    private static SlackMessage reminder(Notice.TermReminder n) {
        Set<String> told = new LinkedHashSet<>();
        told.add(n.term().source().requestedBy());
        told.addAll(n.requesterOwners().userIds());
        told.addAll(n.accepterOwners().userIds());
        String pcx = n.peering().id().value();
        String text = "⏱ " + Mrkdwn.mentions(told, MAX_MENTIONS) + ": " + what(n.term()) + " on " + Mrkdwn.code(pcx)
                + " ends " + SlackDates.of(n.term().end()) + "; then peerbot "
                + (n.term().wholePeering() ? "deletes the peering with its routes and rules"
                : "closes " + ports(n.term())) + ", no approval asked. *Renew* asks both sides for as long again; "
                + "*End now* (an owner of either side) takes it away at once. Or " + Mrkdwn.code("/peer renew " + pcx
                + " --for 7d") + ".";
        String reference = n.source().encode();
        List<BlockElement> buttons = List.of(
                ButtonElement.builder().actionId(ActionIds.RENEW).text(plainText("Renew")).style("primary")
                        .value(reference).build(),
                ButtonElement.builder().actionId(ActionIds.END_NOW).text(plainText("End now")).style("danger")
                        .value(reference).confirm(confirmationDialog(c -> c.title(plainText("End it now?"))
                                .text(plainText("peerbot takes it away at once, without asking anyone else."))
                                .confirm(plainText("End now")).deny(plainText("Cancel")).style("danger")))
                        .build());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(text));
        blocks.add(Blocks.actions(ActionIds.TERM_BLOCK, buttons));
        return new SlackMessage(Mrkdwn.truncate(what(n.term()) + " on " + pcx + " ends soon", 200), blocks);
    }

    private static String what(Term term) {
        return term.wholePeering() ? "the temporary peering" : "the temporary opening of " + ports(term);
    }

    private static String ports(Term term) {
        return term.ports().stream().map(p -> Mrkdwn.code(p.toString())).collect(Collectors.joining(", "));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
