package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One Slack message as sent to {@code chat.postMessage} and friends: the blocks, and the plain {@code text}
 * that notifications, screen readers and old clients show instead.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        text = Mrkdwn.truncate(text, SlackLimits.FALLBACK_TEXT);
        blocks = List.copyOf(blocks);
    }
}
