package io.peerbot.application.lifecycle;

import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every decision on a peering shares: its lock, its record read afresh from where it lives, the scene
 * read once (both VPCs, the owners), and saving the record back.
 */
public final class PeeringRecords {
    private final ManagedPeerings peerings;
    private final Parties parties;
    private final PeeringLocks locks = new PeeringLocks();

    public PeeringRecords(ManagedPeerings peerings, Parties parties) {
        this.peerings = peerings;
        this.parties = parties;
    }

    public <T> T locked(PcxId id, Supplier<T> work) {
        return locks.locked(id.value(), work);
    }

    /** The peering as recorded in {@code where} now; empty when it is gone, not peerbot's or unreadable. */
    public Optional<ManagedPeerings.Found> found(PcxId id, Location where) {
        return peerings.find(id, where) instanceof ManagedPeerings.Found found ? Optional.of(found)
                : Optional.empty();
    }

    public ManagedPeerings.Lookup lookup(PcxId id, Location where) {
        return peerings.find(id, where);
    }

    public Scene read(ManagedPeering peering, PeeringStatus status) {
        return parties.read(peering, status);
    }

    public void save(ManagedPeering peering) {
        peerings.save(peering);
    }
}
