package io.peerbot.adapter.picture;

import io.peerbot.domain.map.Drift;
import io.peerbot.domain.map.MapPeering;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortRange;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The words on a peering's line: ports, state when not active, temporary, drift, not made by peerbot. */
final class PeeringLabel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private PeeringLabel() {
    }

    static String of(MapPeering p) {
        List<String> parts = new ArrayList<>();
        if (p.managed()) {
            parts.add(p.ports().isEmpty() ? "no ports"
                    : p.ports().stream().map(PortRange::toString).collect(Collectors.joining(",")));
        } else {
            parts.add("not made by peerbot");
        }
        if (p.status() != PeeringStatus.ACTIVE) {
            parts.add(p.status().code());
        }
        p.until().ifPresent(u -> parts.add("until " + DAY.format(u)));
        if (p.drift() == Drift.DRIFTED) {
            parts.add("DRIFT");
        }
        return String.join(" · ", parts);
    }

    /** Only what is out of the ordinary, where a full label on every line would be unreadable. */
    static boolean remarkable(MapPeering p) {
        return p.status() != PeeringStatus.ACTIVE || p.temporary() || p.drift() == Drift.DRIFTED || !p.managed();
    }
}
