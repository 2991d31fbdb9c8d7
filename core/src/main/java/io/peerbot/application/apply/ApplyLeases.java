package io.peerbot.application.apply;

import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseKeys;
import io.peerbot.application.lease.LeaseLost;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.ChangeRef;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replica applies a change: an apply holds the peering's apply lease for as long as it runs (renewed by the
 * {@link LeaseKeeper}); a replica that does not get it leaves the change to the one that has it. When replicas
 * share the leases, the record is read again once the lease is had, and the change goes ahead only if it is still
 * in progress: another replica may have finished it between this one's read and its lease.
 */
public final class ApplyLeases {
    private static final Logger log = LoggerFactory.getLogger(ApplyLeases.class);

    private final LeaseKeeper keeper;
    private final ManagedPeerings peerings;
    private final ThreadLocal<Map<String, LeaseKeeper.Kept>> heldHere = ThreadLocal.withInitial(ConcurrentHashMap::new);

    public ApplyLeases(LeaseKeeper keeper, ManagedPeerings peerings) {
        this.keeper = keeper;
        this.peerings = peerings;
    }

    static String key(PcxId id) {
        return LeaseKeys.apply(id.value());
    }

    /**
     * Runs {@code apply} holding the peering's apply lease (at once when this thread holds it already); false when
     * another holds it, or the change is no longer in progress.
     */
    public boolean run(ChangeRunner.Begun begun, Consumer<ChangeRunner.Begun> apply) {
        ManagedPeering peering = begun.peering();
        if (heldHere.get().containsKey(key(peering.id()))) {
            apply.accept(begun);
            return true;
        }
        return holding(peering, begun.change(), fresh -> apply.accept(fresh == null ? begun
                : new ChangeRunner.Begun(fresh.peering(), begun.change(), begun.scene(), begun.plan(),
                        begun.causedBy())));
    }

    /**
     * Takes up a change found in progress: runs {@code work} with the peering as recorded now, holding its apply
     * lease; false when another holds it, or the change is no longer in progress.
     */
    public boolean takeUp(ManagedPeerings.Found listed, Consumer<ManagedPeerings.Found> work) {
        ManagedPeering peering = listed.peering();
        Optional<ChangeRef> change = peering.inProgress().map(c -> c.ref());
        if (change.isEmpty()) {
            return false;
        }
        return holding(peering, change.get(), fresh -> work.accept(fresh == null ? listed : fresh));
    }

    /** Stops this process's apply on {@code id} when the apply lease it ran under is lost since. */
    void refuseIfLost(PcxId id) {
        keeper.refuseIfLost(key(id));
    }

    /** Whether this process applied on {@code pcxId} under a lease it has lost since: its writes must stop. */
    public boolean lost(String pcxId) {
        return keeper.lost(LeaseKeys.apply(pcxId));
    }

    /** {@code work} gets the record read again under the lease (null when replicas do not share leases). */
    private boolean holding(ManagedPeering peering, ChangeRef change, Consumer<ManagedPeerings.Found> work) {
        String key = key(peering.id());
        Optional<LeaseKeeper.Kept> lease = keeper.tryKeep(key);
        if (lease.isEmpty()) {
            log.info("{} {} of {} is being applied elsewhere; leaving it to that replica", change.kind().tag(),
                    change.id(), peering.id());
            return false;
        }
        try (LeaseKeeper.Kept kept = lease.get()) {
            ManagedPeerings.Found fresh = null;
            if (keeper.shared()) {
                Optional<ManagedPeerings.Found> now = stillInProgress(peering, change);
                if (now.isEmpty()) {
                    log.info("{} {} of {} is no longer in progress; another replica finished it", change.kind().tag(),
                            change.id(), peering.id());
                    return false;
                }
                fresh = now.get();
            }
            heldHere.get().put(key, kept);
            try {
                work.accept(fresh);
            } catch (LeaseLost e) {
                log.warn("stopped applying {} {} of {}: {}", change.kind().tag(), change.id(), peering.id(),
                        e.getMessage());
            } finally {
                heldHere.get().remove(key);
            }
            if (kept.lost()) {
                log.warn("the apply lease of {} was lost while applying {} {}; another replica finishes it",
                        peering.id(), change.kind().tag(), change.id());
            }
            return true;
        }
    }

    private Optional<ManagedPeerings.Found> stillInProgress(ManagedPeering peering, ChangeRef change) {
        if (!(peerings.find(peering.id(), peering.requester().location()) instanceof ManagedPeerings.Found found)) {
            return Optional.empty();
        }
        return found.peering().inProgress().filter(c -> c.ref().equals(change)).map(c -> found);
    }
}
