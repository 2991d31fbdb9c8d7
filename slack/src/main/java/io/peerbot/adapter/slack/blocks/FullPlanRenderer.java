package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import io.peerbot.application.port.Notice.FullPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every route and rule of a plan, for the thread when the card had to summarise; as many messages as needed. */
final class FullPlanRenderer {
    List<SlackMessage> render(FullPlan notice) {
        String summary = "Full plan: " + PlanLines.counts(notice.plan()) + ".";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("*" + summary + "*"));
        blocks.addAll(PlanBlocks.full(notice.plan(), Optional.empty(), Optional.empty()));
        return BlockPager.paginate(summary, blocks);
    }
}
