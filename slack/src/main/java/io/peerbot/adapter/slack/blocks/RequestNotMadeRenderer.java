package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import java.util.List;

/** A request's card once it was not made: whose request and which VPCs, as the placeholder said, then why. */
final class RequestNotMadeRenderer {
    private RequestNotMadeRenderer() {
    }

    /** @param why the reason as rendered on its own */
    static List<SlackMessage> render(Notice.RequestNotMade notice, List<SlackMessage> why) {
        Notice.Preparing request = notice.request();
        String about = "❌ " + Mrkdwn.mention(request.requestedBy()) + "'s request to peer *"
                + Mrkdwn.escape(request.requesterVpc()) + "* with *" + Mrkdwn.escape(request.accepterVpc())
                + "* was not made:";
        return BlockPager.headed(about, about, why);
    }
}
