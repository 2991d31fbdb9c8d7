package io.peerbot.application.lifecycle;

import io.peerbot.application.lease.DecisionLeases;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every decision on a peering shares: its lock (in this process, and its decision lease across replicas),
 * its record read afresh from where it lives, the scene read once (both VPCs, the owners), and saving the record
 * back.
 */
public final class PeeringRecords {
    private final ManagedPeerings peerings;
    private final Parties parties;
    private final PeeringLocks locks = new PeeringLocks();
    private final DecisionLeases decisions;

    public PeeringRecords(ManagedPeerings peerings, Parties parties) {
        this(peerings, parties, new DecisionLeases(LeaseKeeper.local(Clock.systemUTC())));
    }

    public PeeringRecords(ManagedPeerings peerings, Parties parties, DecisionLeases decisions) {
        this.peerings = peerings;
        this.parties = parties;
        this.decisions = decisions;
    }

    /**
     * Runs {@code work} alone on the peering: no other decision on it in this process or another replica runs at the
     * same time. Throws {@link io.peerbot.application.lease.PeeringBusy} when another replica's decision does not
     * finish in time.
     */
    public <T> T locked(PcxId id, Supplier<T> work) {
        return locks.locked(id.value(), () -> decisions.holding(id, work));
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
