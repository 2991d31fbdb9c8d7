package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import io.peerbot.application.port.Notice.Usage;
import java.util.ArrayList;
import java.util.List;

/** What was wrong with the command, if anything, then the usage with examples. */
final class UsageRenderer {
    List<SlackMessage> render(Usage notice) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!notice.problem().isBlank()) {
            blocks.addAll(BlockKit.sections("⚠️ " + Mrkdwn.escape(notice.problem())));
        }
        blocks.addAll(BlockKit.sections(UsageText.TEXT));
        String fallback = notice.problem().isBlank() ? "How to use /peer" : notice.problem();
        return BlockPager.paginate(fallback, blocks);
    }
}
