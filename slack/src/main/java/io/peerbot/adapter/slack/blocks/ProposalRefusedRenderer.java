package io.peerbot.adapter.slack.blocks;

import com.slack.api.model.block.LayoutBlock;
import io.peerbot.application.port.Notice;
import java.util.ArrayList;
import java.util.List;

/**
 * A refused plan or request opens with the command it answers, a plan or a request and its two VPCs as typed, so
 * whoever has several commands waiting can tell which one was refused; the refusal follows in its own words.
 */
final class ProposalRefusedRenderer {
    /** @param why the refusal as rendered on its own */
    List<SlackMessage> render(Notice.ProposalRefused notice, List<SlackMessage> why) {
        String about = about(notice.proposed());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(BlockKit.section("*" + about + "*"));
        why.forEach(message -> blocks.addAll(message.blocks()));
        String fallback = why.isEmpty() ? about : about + " " + why.get(0).text();
        return BlockPager.paginate(fallback, blocks);
    }

    /** E.g. "Your request to peer `app-vpc` with `db-vpc`:". */
    static String about(Notice.Proposed proposed) {
        String requester = Mrkdwn.code(proposed.requester().toString());
        String accepter = Mrkdwn.code(proposed.accepter().toString());
        return proposed.kind() == Notice.Proposed.Kind.PLAN
                ? "Your `/peer plan` of peering " + requester + " with " + accepter + ":"
                : "Your request to peer " + requester + " with " + accepter + ":";
    }
}
