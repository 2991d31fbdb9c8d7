package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import io.peerbot.application.port.Notice;
import java.util.ArrayList;
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
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section(about));
        why.forEach(message -> blocks.addAll(message.blocks()));
        String fallback = why.isEmpty() ? about : about + " " + why.get(0).text();
        return BlockPager.paginate(fallback, blocks);
    }
}
