package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.PeeringList;
import io.peerbot.domain.peering.PeeringConnection;
import java.util.List;

/**
 * {@code /peer list}: a bold heading with the count, then one line per peering — its id, both VPCs, its
 * state, the request's state or why peerbot does not act on it, and a link to its thread — and how to narrow
 * the list when it was cut.
 */
final class PeeringListRenderer {
    List<SlackMessage> render(PeeringList notice) {
        String scope = notice.vpc().map(Mrkdwn::escape).orElse("peerbot");
        if (notice.total() == 0) {
            return TextRenderer.messages("No peerings for " + scope + ".");
        }
        StringBuilder text = new StringBuilder("*Peerings of " + scope + "* (" + notice.total() + ")");
        notice.shown().forEach(listed -> text.append('\n').append(line(listed)));
        int more = notice.total() - notice.shown().size();
        if (more > 0) {
            text.append("\n… and ").append(more).append(" more. Name a VPC to narrow: `/peer list <vpc>`");
        }
        return TextRenderer.messages(text.toString());
    }

    private static String line(PeeringList.Listed listed) {
        PeeringConnection p = listed.peering();
        String request = listed.request().map(r -> ", request " + r.stage().tag()).orElse("");
        String record = RecordWords.brief(listed.record()).map(words -> " · " + words).orElse("");
        String thread = listed.thread().map(t -> " · " + PeeringWords.thread(t)).orElse("");
        return "• " + Mrkdwn.code(p.id()) + " " + Mrkdwn.code(p.requester().vpcId()) + " ↔ "
                + Mrkdwn.code(p.accepter().vpcId()) + " — " + PeeringWords.status(p) + request + record + thread;
    }
}
