package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.Preparing;
import java.util.List;

/** The placeholder posted at once while the request is checked and the peering created. */
final class PreparingRenderer {
    SlackMessage render(Preparing notice) {
        String text = "⏳ Preparing " + Mrkdwn.mention(notice.requestedBy()) + "'s request to peer *"
                + Mrkdwn.escape(notice.requesterVpc()) + "* with *" + Mrkdwn.escape(notice.accepterVpc())
                + "*: reading both VPCs and working out the plan…";
        return new SlackMessage(text, List.of(BlockKit.section(text)));
    }
}
