package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.policy.PolicyDenial;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The policy's answers: a denial, an override refused or recorded, and {@code /peer policy}. */
final class PolicyRenderer {
    /** How many rules {@code /peer policy} lists in one answer. */
    static final int MAX_LISTED = 40;

    /** Empty for a notice that is not the policy's. */
    Optional<List<SlackMessage>> render(Notice notice) {
        if (notice instanceof Notice.PolicyDenied n) {
            return Optional.of(denied(n));
        } else if (notice instanceof Notice.PolicyDeniesChange n) {
            return Optional.of(deniesChange(n));
        } else if (notice instanceof Notice.OverrideNotAllowed n) {
            return Optional.of(TextRenderer.messages("⛔ Only an admin may override the policy with `--override`"
                    + (n.admins().isEmpty() ? " (none is set: `PEERBOT_ADMINS`)" : " (" + Mrkdwn.mentions(n.admins(), 8)
                    + ")") + ". Nothing was created; ask again without `--override`, or ask an admin."));
        } else if (notice instanceof Notice.PolicyOverridden n) {
            return Optional.of(overridden(n));
        } else if (notice instanceof Notice.PolicyRules n) {
            return Optional.of(rules(n));
        }
        return Optional.empty();
    }

    private static List<SlackMessage> denied(Notice.PolicyDenied n) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("⛔ *The policy denies this request; nothing was created.*"));
        for (PolicyDenial denial : n.denials()) {
            blocks.addAll(BlockKit.sections("• " + PolicyText.denial(denial, n.source())));
        }
        blocks.add(BlockKit.context(n.mayOverride()
                ? "You are an admin: to go ahead anyway, ask again with `--override \"why\"`; it is recorded on the"
                + " card and in the thread."
                : "Change the request to comply, or ask an admin (only admins may override with `--override`)."));
        String fallback = "The policy denies this request: " + n.denials().stream()
                .map(d -> d.rule().name() + " (line " + d.rule().line() + ")").reduce((a, b) -> a + ", " + b).orElse("");
        return BlockPager.paginate(fallback, blocks);
    }

    private static List<SlackMessage> deniesChange(Notice.PolicyDeniesChange n) {
        String change = switch (n.kind()) {
            case CREATE -> "this request for";
            case OPEN -> "this opening on";
            case RENEW -> "this renewal of";
            case EXTEND -> "this extension of";
            case CLOSE, DELETE, REPAIR -> "this change to";
        };
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("⛔ *The policy " + (n.approving() ? "now denies " : "denies ") + change + " "
                + Mrkdwn.code(n.pcx().value()) + (n.approving() ? ", so it cannot be approved" : "")
                + "; nothing changed.*"));
        for (PolicyDenial denial : n.denials()) {
            blocks.addAll(BlockKit.sections("• " + PolicyText.denial(denial, n.source())));
        }
        blocks.add(BlockKit.context(n.approving()
                ? "The policy or the VPCs changed since it was asked. It can still be denied; ask again once it"
                + " complies."
                : "Change what you ask to comply. A change to a peering is not overridden: ask for a new peering,"
                + " or ask whoever keeps the policy."));
        String fallback = "The policy denies " + change + " " + n.pcx().value() + ": " + n.denials().stream()
                .map(d -> d.rule().name() + " (line " + d.rule().line() + ")").reduce((a, b) -> a + ", " + b).orElse("");
        return BlockPager.paginate(fallback, blocks);
    }

    private static List<SlackMessage> overridden(Notice.PolicyOverridden n) {
        StringBuilder text = new StringBuilder("⚠️ *Policy overridden* by ").append(Mrkdwn.mention(n.userId()))
                .append(" (admin):\n").append(Mrkdwn.quote(Mrkdwn.truncate(n.why(), 1000)));
        text.append("\nDenied by:");
        n.denials().forEach(d -> text.append("\n• ").append(PolicyText.rule(d.rule(), "")).append(": ")
                .append(PolicyText.violation(d.violation())));
        return TextRenderer.messages(text.toString());
    }

    private static List<SlackMessage> rules(Notice.PolicyRules n) {
        if (n.source().isEmpty()) {
            return TextRenderer.messages("No policy is set (`PEERBOT_POLICY_FILE`): every request the other checks"
                    + " allow may be asked for.");
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        String about = n.vpc().map(v -> " that may apply to peerings of *" + Mrkdwn.escape(v) + "*").orElse("");
        if (n.rules().isEmpty()) {
            blocks.add(BlockKit.section("No rule of the policy (" + n.total() + " rules) applies to peerings of *"
                    + Mrkdwn.escape(n.vpc().orElse("")) + "*."));
        } else {
            blocks.add(BlockKit.section("*Policy rules" + about + "* (" + n.rules().size() + " of " + n.total() + "):"));
            n.rules().stream().limit(MAX_LISTED).forEach(rule ->
                    blocks.addAll(BlockKit.sections("• " + PolicyText.describe(rule, n.source()))));
            if (n.rules().size() > MAX_LISTED) {
                blocks.add(BlockKit.context("…and " + (n.rules().size() - MAX_LISTED) + " more; name a VPC to see"
                        + " fewer: `/peer policy <vpc>`"));
            }
        }
        blocks.add(BlockKit.context("A rule with a `when` condition applies only where it holds on the plan."
                + " `/peer plan <vpc> <vpc>` shows what the policy says of a request."));
        return BlockPager.paginate("Policy rules" + n.vpc().map(v -> " for " + v).orElse(""), blocks);
    }
}
