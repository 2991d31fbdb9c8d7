package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.Text;
import java.util.List;

/** Free mrkdwn (lists, status, answers to clicks), in as many sections and messages as it needs. */
final class TextRenderer {
    List<SlackMessage> render(Text notice) {
        String text = notice.mrkdwn().isBlank() ? "(nothing to show)" : notice.mrkdwn();
        return BlockPager.paginate(text, BlockKit.sections(text));
    }
}
