package io.peerbot.application.usecase;

import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestTags;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds peerbot's peerings by id alone, as typed in {@code /peer status pcx-…}: in the bot's own
 * account and region first, then in the other locations it is configured to watch.
 */
public final class PeeringFinder {
    private final Ec2Gateways gateways;
    private final List<Location> watched;

    public PeeringFinder(Ec2Gateways gateways, List<Location> watched) {
        this.gateways = gateways;
        this.watched = List.copyOf(watched);
    }

    /** The home location, then every watched one, without repeats. */
    public Set<Location> locations() {
        Set<Location> all = new LinkedHashSet<>();
        all.add(gateways.home());
        all.addAll(watched);
        return all;
    }

    public Optional<PeeringRequest> request(String pcxId) {
        for (Location location : locations()) {
            Optional<PeeringRequest> found = gateways.at(location).peering(pcxId).flatMap(RequestTags::decode);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    public Optional<PeeringConnection> peering(String pcxId) {
        for (Location location : locations()) {
            Optional<PeeringConnection> found = gateways.at(location).peering(pcxId);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
