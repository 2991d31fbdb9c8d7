package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.plan.Leftovers;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleRemoval;

/** The answer to {@code /peer delete} of a peering AWS no longer shows, with what it left behind. */
final class LeftoversText {
    private LeftoversText() {
    }

    static String of(Notice.GoneWithLeftovers n) {
        String pcx = n.pcxId().value();
        StringBuilder text = new StringBuilder(Mrkdwn.code(pcx)).append(" is gone from AWS, and with it the record of"
                + " who asked for it and who approved, so I cannot ask its owners to approve a delete. Nothing changed."
                + " It left behind:");
        for (Leftovers left : n.leftovers()) {
            String where = "account " + left.location().account() + ", " + left.location().region();
            for (RouteChange route : left.routes()) {
                text.append("\n• route ").append(Mrkdwn.code(route.destination().toString())).append(" → ")
                        .append(Mrkdwn.code(pcx)).append(" in ").append(Mrkdwn.code(route.routeTableId()))
                        .append(" (").append(where).append("): `aws ec2 delete-route --route-table-id ")
                        .append(route.routeTableId()).append(route.destination().ipv6()
                                ? " --destination-ipv6-cidr-block " : " --destination-cidr-block ")
                        .append(route.destination()).append('`');
            }
            for (RuleRemoval rule : left.rules()) {
                text.append("\n• rule ").append(Mrkdwn.code(rule.ruleId())).append(" in ")
                        .append(Mrkdwn.code(rule.groupId())).append(": ").append(rule.ports()).append(" (")
                        .append(where).append("): `aws ec2 revoke-security-group-ingress --group-id ")
                        .append(rule.groupId()).append(" --security-group-rule-ids ").append(rule.ruleId()).append('`');
            }
        }
        return text.toString();
    }
}
