package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import io.peerbot.application.port.Notice.Rejected;
import java.util.ArrayList;
import java.util.List;

/** Why nothing happened: each reason in its own words, which say what is wrong and how to fix it. */
final class RejectedRenderer {
    List<SlackMessage> render(Rejected notice) {
        List<String> messages = notice.reasons().stream().map(RejectionText::of).toList();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (messages.size() == 1) {
            blocks.addAll(BlockKit.sections("⛔ " + messages.get(0)));
        } else {
            blocks.add(BlockKit.section("⛔ *" + messages.size() + " problems; nothing was changed:*"));
            messages.forEach(message -> blocks.addAll(BlockKit.sections("• " + message)));
        }
        String fallback = messages.isEmpty() ? "Nothing was changed." : messages.get(0);
        return BlockPager.paginate(fallback, blocks.isEmpty() ? List.of(BlockKit.section(fallback)) : blocks);
    }
}
