package io.peerbot.application.port;

import io.peerbot.domain.map.MapView;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the bot's Home tab shows the person looking ({@code userId}): the map of the network ({@code picture} of
 * {@code pictured}; empty when it is too large for one picture, {@code vpcs} then says how many there are), and
 * for each VPC they own, the part of the map around it (what it reaches directly, the hubs people might assume a
 * path through). {@code moreOwned}: owned VPCs left out for room.
 */
public record HomeTab(String userId, Optional<MapPicture> picture, MapView pictured, int vpcs, List<MapView> owned,
                      int moreOwned) {
    public HomeTab {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(picture, "picture");
        Objects.requireNonNull(pictured, "pictured");
        owned = List.copyOf(owned);
    }
}
