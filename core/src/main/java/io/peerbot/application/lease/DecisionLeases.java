package io.peerbot.application.lease;

import io.peerbot.domain.lifecycle.PcxId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The read–decide–write of a click or an ask on a peering holds that peering's decision lease, so one replica
 * decides at a time: the others wait for it a bounded time ({@link LeaseSettings#decisionWait()}), then give up
 * with {@link PeeringBusy}. Work that already holds the lease on this thread (a decision that leads to another on
 * the same peering) goes on holding it.
 */
public final class DecisionLeases {
    private final LeaseKeeper keeper;
    private final ThreadLocal<Set<String>> heldHere = ThreadLocal.withInitial(HashSet::new);

    public DecisionLeases(LeaseKeeper keeper) {
        this.keeper = keeper;
    }

    /** Runs {@code work} holding the peering's decision lease; throws {@link PeeringBusy} when not had in time. */
    public <T> T holding(PcxId id, Supplier<T> work) {
        String key = LeaseKeys.decide(id);
        if (heldHere.get().contains(key)) {
            return work.get();
        }
        Optional<LeaseKeeper.Kept> lease = keeper.keepWithin(key, keeper.settings().decisionWait());
        if (lease.isEmpty()) {
            throw new PeeringBusy(id);
        }
        heldHere.get().add(key);
        try (LeaseKeeper.Kept held = lease.get()) {
            return work.get();
        } finally {
            heldHere.get().remove(key);
        }
    }
}
