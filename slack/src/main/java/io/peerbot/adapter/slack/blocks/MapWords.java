package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.Mrkdwn.code;
import static io.peerbot.adapter.slack.blocks.Mrkdwn.escape;

import io.peerbot.domain.map.Hub;
import io.peerbot.domain.map.HubWarning;
import io.peerbot.domain.map.MapPeering;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A map in words, for the text next to its picture and on the Home tab: what one VPC reaches directly and where a
 * path through a hub might be assumed, or the counts and the hubs of a larger map.
 */
public final class MapWords {
    /** Names listed in one line before "and N more". */
    static final int MAX_NAMED = 12;

    private MapWords() {
    }

    /** Bold VPC name with its id, for mrkdwn. */
    static String vpc(MapVpc vpc) {
        return vpc.name().map(n -> "*" + escape(n) + "* " + code(vpc.id())).orElse(code(vpc.id()));
    }

    static String around(MapView view) {
        MapVpc focus = view.focus().orElseThrow();
        Map<String, MapVpc> byId = view.vpcs().stream().collect(Collectors.toMap(MapVpc::id, Function.identity()));
        List<String> reached = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        for (MapPeering p : view.peerings()) {
            if (!p.touches(focus.id())) {
                continue;
            }
            String line = vpc(byId.get(p.otherEnd(focus.id()))) + " — " + peering(p);
            (p.status() == PeeringStatus.ACTIVE ? reached : asked).add(line);
        }
        StringBuilder text = new StringBuilder(vpc(focus));
        if (reached.isEmpty()) {
            text.append(" reaches no other VPC: it has no active peering.");
        } else {
            text.append(" reaches directly (").append(reached.size()).append("):");
            listed(text, reached);
        }
        if (!asked.isEmpty()) {
            text.append("\nAsked for, not active yet:");
            listed(text, asked);
        }
        for (HubWarning w : view.warnings()) {
            text.append("\n:warning: Peering is not transitive: ").append(vpc(w.from())).append(" does *not* reach ")
                    .append(names(w.notReached())).append(" through ").append(vpc(w.hub()))
                    .append(". To reach one, peer with it directly, e.g. ")
                    .append(code("/peer " + w.from().label() + " " + w.notReached().get(0).label())).append('.');
        }
        return text.toString();
    }

    static String overview(MapView view) {
        long pending = view.peerings().stream().filter(p -> p.status() != PeeringStatus.ACTIVE).count();
        long unmanaged = view.peerings().stream().filter(p -> !p.managed()).count();
        StringBuilder text = new StringBuilder(view.account().map(a -> "Account " + code(a) + ": ").orElse(""))
                .append(view.vpcs().size()).append(" VPCs, ").append(view.peerings().size()).append(" peerings");
        if (pending > 0) {
            text.append(", ").append(pending).append(" not active yet");
        }
        if (unmanaged > 0) {
            text.append(", ").append(unmanaged).append(" not made by peerbot");
        }
        text.append(". Peering is not transitive: a VPC reaches only the VPCs it is peered with.");
        if (!view.hubs().isEmpty()) {
            text.append("\n:warning: Hubs whose peers do *not* reach each other through them:");
            for (Hub hub : view.hubs()) {
                text.append("\n• ").append(vpc(hub.vpc())).append(" — ").append(hub.peers()).append(" peers, ")
                        .append(hub.unlinkedPairs()).append(hub.unlinkedPairs() == 1 ? " pair" : " pairs")
                        .append(" of them not peered with each other");
            }
        }
        text.append("\nSee what one VPC reaches: ").append(code("/peer map <vpc>")).append('.');
        return text.toString();
    }

    private static String peering(MapPeering p) {
        List<String> parts = new ArrayList<>();
        parts.add(code(p.id()));
        if (p.status() != PeeringStatus.ACTIVE) {
            parts.add(p.status().code());
        }
        parts.add(p.managed() ? (p.ports().isEmpty() ? "no ports open"
                : p.ports().stream().map(PortRange::toString).map(Mrkdwn::code).collect(Collectors.joining(", ")))
                : "not made by peerbot");
        p.until().ifPresent(u -> parts.add("until " + SlackDates.of(u)));
        return String.join(" · ", parts);
    }

    private static void listed(StringBuilder text, List<String> lines) {
        lines.stream().limit(MAX_NAMED).forEach(l -> text.append("\n• ").append(l));
        if (lines.size() > MAX_NAMED) {
            text.append("\n… and ").append(lines.size() - MAX_NAMED).append(" more");
        }
    }

    private static String names(List<MapVpc> vpcs) {
        String named = vpcs.stream().limit(MAX_NAMED).map(MapWords::vpc).collect(Collectors.joining(", "));
        return vpcs.size() > MAX_NAMED ? named + " and " + (vpcs.size() - MAX_NAMED) + " more" : named;
    }
}
