package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.network.VpcSnapshot;
import java.util.stream.Collectors;

/** One VPC in a few lines: name, id, CIDR blocks, account and region, and its owners as mentions. */
final class VpcField {
    /** Owners beyond this many are counted, not mentioned: a card should not page a whole team. */
    private static final int MENTIONS = 8;

    private VpcField() {
    }

    static String of(String role, VpcSnapshot vpc, Owners owners) {
        String name = vpc.name().map(n -> "*" + Mrkdwn.escape(n) + "* ").orElse("");
        String blocks = vpc.cidrBlocks().isEmpty() ? "no CIDR blocks"
                : vpc.cidrBlocks().stream().map(c -> Mrkdwn.code(c.toString())).collect(Collectors.joining(", "));
        return "*" + role + "*\n"
                + name + Mrkdwn.code(vpc.id()) + "\n"
                + blocks + "\n"
                + "account " + Mrkdwn.code(vpc.location().account()) + " · " + Mrkdwn.code(vpc.location().region())
                + "\n" + owners(owners);
    }

    static String owners(Owners owners) {
        if (owners.isEmpty()) {
            return "Owners: _none_";
        }
        return "Owners: " + Mrkdwn.mentions(owners.userIds(), MENTIONS)
                + (owners.source().isBlank() ? "" : " _(" + Mrkdwn.escape(owners.source()) + ")_");
    }
}
