package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.Blocks;
import com.slack.api.model.block.LayoutBlock;
import io.peerbot.application.port.Notice.PlanPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code /peer plan}: both VPCs and every change the peering would make; nothing is changed. */
final class PlanPreviewRenderer {
    List<SlackMessage> render(PlanPreview preview) {
        String requester = preview.requesterVpc().displayName();
        String accepter = preview.accepterVpc().displayName();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.header("Plan: " + preview.requesterVpc().name().orElse(preview.requesterVpc().id())
                + " ↔ " + preview.accepterVpc().name().orElse(preview.accepterVpc().id())));
        blocks.add(BlockKit.section("Nothing has been changed. Peering *" + Mrkdwn.escape(requester) + "* with *"
                + Mrkdwn.escape(accepter) + "* would create and accept a peering connection and add "
                + PlanLines.counts(preview.plan()) + ".\n" + PlanLines.options(preview.plan().options())));
        blocks.add(BlockKit.fields(List.of(
                VpcField.of("Requester", preview.requesterVpc(), preview.requesterOwners()),
                VpcField.of("Accepter", preview.accepterVpc(), preview.accepterOwners()))));
        if (!preview.policy().allowed()) {
            blocks.add(BlockKit.section("⛔ *The policy denies this plan*" + (preview.plan().options().overridden()
                    ? " (an admin's `--override` would go ahead, recorded on the card and in the thread):"
                    : "; a request would be refused:")));
            preview.policy().denials().forEach(d -> blocks.addAll(BlockKit.sections("• " + PolicyText.denial(d, ""))));
        }
        blocks.add(Blocks.divider());
        blocks.addAll(PlanBlocks.full(preview.plan(), Optional.of(preview.requesterVpc()),
                Optional.of(preview.accepterVpc())));
        blocks.add(BlockKit.context(preview.policy().allowed() ? "To request it, run the same command without `plan`."
                : "Change the request to comply with the policy, then run it without `plan`."));
        return BlockPager.paginate("Plan for peering " + Mrkdwn.escape(requester) + " with "
                + Mrkdwn.escape(accepter) + ": " + PlanLines.counts(preview.plan()) + " (nothing changed)", blocks);
    }
}
