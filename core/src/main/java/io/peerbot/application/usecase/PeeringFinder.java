package io.peerbot.application.usecase;

import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.plan.Leftovers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds peerings by id alone, as typed in {@code /peer status pcx-…}: in the bot's own account and region
 * first, then in the other locations it is configured to watch.
 */
public final class PeeringFinder {
    private final Ec2Gateways gateways;
    private final ManagedPeerings peerings;
    private final List<Location> watched;

    public PeeringFinder(Ec2Gateways gateways, ManagedPeerings peerings, List<Location> watched) {
        this.gateways = gateways;
        this.peerings = peerings;
        this.watched = List.copyOf(watched);
    }

    /** The home location, then every watched one, without repeats. */
    public Set<Location> locations() {
        Set<Location> all = new LinkedHashSet<>();
        all.add(gateways.home());
        all.addAll(watched);
        return all;
    }

    /** What the id names in the first location that has it; {@link ManagedPeerings.Missing} when none does. */
    public ManagedPeerings.Lookup lookup(PcxId id) {
        for (Location location : locations()) {
            ManagedPeerings.Lookup found = peerings.find(id, location);
            if (!(found instanceof ManagedPeerings.Missing)) {
                return found;
            }
        }
        return new ManagedPeerings.Missing(id);
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

    /** What a peering no longer visible anywhere left behind, in each location that has any. */
    public List<Leftovers> leftovers(PcxId id) {
        return locations().stream().map(l -> gateways.at(l).leftoversOf(id.value()))
                .filter(l -> !l.isEmpty()).toList();
    }

    /** What an already read connection's record says, verified or why not. */
    public ManagedPeerings.Lookup recordOf(PeeringConnection connection) {
        return peerings.recordOf(connection);
    }
}
