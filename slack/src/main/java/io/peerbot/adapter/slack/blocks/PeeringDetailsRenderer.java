package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.PeeringDetails;
import io.peerbot.application.port.Notice.PeeringDetails.SideResources;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ManagedPeering;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /peer status}: the peering's id and state, who asked for it, its latest change and when what is temporary
 * ends, then per side the routes through the peering and the rules made for it, and the last test's summary.
 */
final class PeeringDetailsRenderer {
    List<SlackMessage> render(PeeringDetails notice) {
        PeeringConnection p = notice.peering();
        StringBuilder text = new StringBuilder("*" + Mrkdwn.code(p.id()) + "* — " + PeeringWords.status(p));
        if (p.statusMessage() != null && !p.statusMessage().isBlank()) {
            text.append(" (").append(Mrkdwn.escape(p.statusMessage())).append(')');
        }
        String thread = notice.thread().map(t -> " · " + PeeringWords.thread(t)).orElse("");
        notice.request().ifPresent(r -> text.append("\nRequest: ").append(request(r)).append(thread));
        RecordWords.explained(notice.record()).ifPresent(why -> text.append('\n').append(why).append(thread));
        notice.request().flatMap(ManagedPeering::lastChange)
                .ifPresent(c -> text.append("\nLatest change: ").append(change(c)));
        notice.request().map(Term::of).orElse(List.of()).forEach(term -> text.append("\nTemporary: ")
                .append(term.wholePeering() ? "the peering is deleted " : PeeringWords.ports(term.ports())
                        + " closes ").append(SlackDates.of(term.end())));
        text.append("\n\n").append(side("Requester", p.requester(), notice.requester()));
        text.append("\n\n").append(side("Accepter", p.accepter(), notice.accepter()));
        notice.lastTest().ifPresent(t -> text.append("\n\nLast test: ").append(Mrkdwn.escape(t)));
        return TextRenderer.messages(text.toString());
    }

    private static String request(ManagedPeering r) {
        return r.stage().tag() + ", asked by " + Mrkdwn.mention(r.requestedBy()) + ", ports "
                + PeeringWords.ports(r.portsInForce());
    }

    private static String change(Change c) {
        return "`/peer " + c.describe() + "` asked by " + Mrkdwn.mention(c.requestedBy()) + ", " + c.state().tag()
                + (c.deniedBy() == null ? "" : " by " + Mrkdwn.mention(c.deniedBy()));
    }

    private static String side(String role, PeeringSide side, SideResources resources) {
        String head = "*" + role + "* " + Mrkdwn.code(side.vpcId()) + " (" + side.location() + ")";
        if (resources instanceof SideResources.Unreadable u) {
            return head + "\n  cannot read this side: " + Mrkdwn.escape(u.problem());
        }
        if (resources instanceof SideResources.Read read) {
            String routes = read.routes().stream().map(r -> Mrkdwn.code(r.routeTableId()) + ": "
                    + Mrkdwn.code(r.route().destination().toString()) + (r.route().blackhole() ? " (blackhole)" : ""))
                    .collect(Collectors.joining(", "));
            String rules = read.rules().stream().map(r -> Mrkdwn.code(r.groupId()) + ": " + r.rule().ports()
                    + " from " + Mrkdwn.code(String.valueOf(r.rule().cidr())) + " (" + Mrkdwn.code(r.rule().ruleId())
                    + ")").collect(Collectors.joining(", "));
            return head + "\n  routes: " + (routes.isEmpty() ? "none" : routes)
                    + "\n  rules: " + (rules.isEmpty() ? "none" : rules);
        }
        return head;
    }
}
