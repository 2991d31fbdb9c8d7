package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Notice.ThreadAt;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.stream.Collectors;

/** Small pieces the views of a peering share: a link to its thread, a list of ports. */
final class PeeringWords {
    private PeeringWords() {
    }

    /** "<url|thread>", or "thread in #channel" when the chat could not give a link. */
    static String thread(ThreadAt thread) {
        return thread.url().isEmpty() ? "thread in <#" + thread.channel() + ">" : "<" + thread.url() + "|thread>";
    }

    /** EC2's status code, or "unknown status 'x'" for a code this version does not know. */
    static String status(PeeringConnection peering) {
        return peering.status() == PeeringStatus.UNKNOWN ? "unknown status '" + peering.statusCode() + "'"
                : peering.status().code();
    }

    /** "`icmp`, `tcp:5432`". */
    static String ports(List<PortRange> ports) {
        return ports.stream().map(p -> Mrkdwn.code(p.toString())).collect(Collectors.joining(", "));
    }
}
