package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.ChangeCard;
import io.peerbot.domain.policy.ExtraApproval;
import java.util.List;
import java.util.stream.Collectors;

/** How the policy's extra approvers (SPEC §11) read on a card and in answers: "network-team: awaiting …". */
final class ExtraApprovalWords {
    private ExtraApprovalWords() {
    }

    /** One line per extra approval still missing, to follow the awaited sides. */
    static String awaiting(ChangeCard card) {
        return card.extrasAwaiting().stream()
                .map(e -> "\n• *" + Mrkdwn.escape(e.rule().name()) + "*: awaiting " + approvers(e))
                .collect(Collectors.joining());
    }

    /** "✅ *network-team* approved by <@U…> · date" for each extra approval given. */
    static List<String> given(ChangeCard card) {
        return card.extras().stream().flatMap(e -> card.extraApproval(e).stream()
                .map(a -> "✅ *" + Mrkdwn.escape(e.rule().name()) + "* approved by " + Mrkdwn.mention(a.userId())
                        + " · " + SlackDates.of(a.at()))).toList();
    }

    /** "<!subteam^S…>, <@U…> or an admin": who may give the rule's approval, as the rule names them. */
    static String approvers(ExtraApproval extra) {
        return extra.approvers().stream().map(a -> a.contains("@") ? Mrkdwn.escape(a) : Mrkdwn.mention(a))
                .collect(Collectors.joining(", ")) + " or an admin";
    }

    /** The private answer to someone who may give none of the missing approvals. */
    static String notAnApprover(String pcxId, List<ExtraApproval> outstanding) {
        return "You cannot approve " + Mrkdwn.code(pcxId) + ": the owners have approved, and the policy also asks "
                + "for " + outstanding.stream().map(e -> "*" + Mrkdwn.escape(e.rule().name()) + "* (from "
                + approvers(e) + ")").collect(Collectors.joining(" and ")) + ". Nothing changed.";
    }

    /** The private answer to whoever asked for the change, clicking Approve when only extra approvals are missing. */
    static String notFromAsker(String pcxId, List<ExtraApproval> outstanding) {
        return "You asked for this change to " + Mrkdwn.code(pcxId) + ", so the policy asks someone else for "
                + outstanding.stream().map(e -> "*" + Mrkdwn.escape(e.rule().name()) + "* (" + approvers(e) + ")")
                .collect(Collectors.joining(" and ")) + ", even if you are one of its approvers. Nothing changed.";
    }
}
