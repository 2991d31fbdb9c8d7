package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import java.util.List;

/**
 * A refused plan or request opens with the command it answers, a plan or a request and its two VPCs as typed, so
 * whoever has several commands waiting can tell which one was refused; the refusal follows in its own words.
 */
final class ProposalRefusedRenderer {
    /** @param why the refusal as rendered on its own */
    List<SlackMessage> render(Notice.ProposalRefused notice, List<SlackMessage> why) {
        String about = about(notice.proposed());
        return BlockPager.headed("*" + about + "*", about, why);
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
