package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.Text;
import java.util.List;

/** Free mrkdwn (answers to clicks), in as many sections and messages as it needs. */
final class TextRenderer {
    List<SlackMessage> render(Text notice) {
        return messages(notice.mrkdwn());
    }

    /** Any mrkdwn in sections, split over messages where it does not fit one; never empty. */
    static List<SlackMessage> messages(String mrkdwn) {
        String text = mrkdwn.isBlank() ? "(nothing to show)" : mrkdwn;
        return BlockPager.paginate(text, BlockKit.sections(text));
    }
}
