package io.peerbot.domain.map;

import java.util.List;

/**
 * Peering is not transitive: {@code from} is peered with {@code hub}, and {@code hub} with each of
 * {@code notReached}, yet {@code from} reaches none of them (no peering of its own with them).
 */
public record HubWarning(MapVpc from, MapVpc hub, List<MapVpc> notReached) {
    public HubWarning {
        notReached = List.copyOf(notReached);
    }
}
