package io.peerbot.application.apply;

import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseKeys;
import io.peerbot.application.lease.LeaseLost;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeRef;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replica applies a change: an apply holds the peering's apply lease for as long as it runs (renewed by the
 * {@link LeaseKeeper}), and then until the change's outcome is in the chat, so no other replica tells it again
 * meanwhile; a replica that does not get it leaves the change to the one that has it. When replicas share the
 * leases, the record is read again once the lease is had, and the work goes ahead only if it is still owed:
 * another replica may have done it between this one's read and its lease.
 */
public final class ApplyLeases {
    private static final Logger log = LoggerFactory.getLogger(ApplyLeases.class);

    private final LeaseKeeper keeper;
    private final ManagedPeerings peerings;
    private final ThreadLocal<Map<String, Holding>> heldHere = ThreadLocal.withInitial(ConcurrentHashMap::new);
    /** Leases kept after their work ended, until what it queued for the chat is delivered; by key. */
    private final Map<String, Holding> reporting = new ConcurrentHashMap<>();

    public ApplyLeases(LeaseKeeper keeper, ManagedPeerings peerings) {
        this.keeper = keeper;
        this.peerings = peerings;
    }

    static String key(PcxId id) {
        return LeaseKeys.apply(id.value());
    }

    /** A lease held here, and what must be delivered before it is given up (null: nothing). */
    private static final class Holding {
        final LeaseKeeper.Kept kept;
        volatile CompletableFuture<?> until;

        Holding(LeaseKeeper.Kept kept, CompletableFuture<?> until) {
            this.kept = kept;
            this.until = until;
        }

        synchronized void alsoUntil(CompletableFuture<?> more) {
            until = until == null ? more : CompletableFuture.allOf(until, more);
        }
    }

    /**
     * Runs {@code apply} holding the peering's apply lease (at once when this thread holds it already, or this
     * process keeps it until an earlier change's outcome is delivered); waits up to the decision wait when another
     * replica holds it. False when another holds it still, or the change is no longer in progress.
     */
    public boolean run(ChangeRunner.Begun begun, Consumer<ChangeRunner.Begun> apply) {
        ManagedPeering peering = begun.peering();
        if (heldHere.get().containsKey(key(peering.id()))) {
            apply.accept(begun);
            return true;
        }
        ChangeRef change = begun.change();
        Optional<Holding> lease = adopted(key(peering.id())).or(() -> keeper
                .keepWithin(key(peering.id()), keeper.settings().decisionWait()).map(kept -> new Holding(kept, null)));
        return holding(peering, lease, describe(change), inProgress(change), fresh -> apply.accept(fresh == null
                ? begun
                : new ChangeRunner.Begun(fresh.peering(), begun.change(), begun.scene(), begun.plan(),
                        begun.causedBy())));
    }

    /**
     * Takes up a change found in progress: runs {@code work} with the peering as recorded now, holding its apply
     * lease; false when another holds it, or the change is no longer in progress.
     */
    public boolean takeUp(ManagedPeerings.Found listed, Consumer<ManagedPeerings.Found> work) {
        Optional<ChangeRef> change = listed.peering().inProgress().map(Change::ref);
        if (change.isEmpty()) {
            return false;
        }
        return takeUp(listed, describe(change.get()), inProgress(change.get()), work);
    }

    /**
     * Does what one replica must do once for a peering found ({@code owed}: e.g. tell an outcome still owed to the
     * chat): runs {@code work} holding its apply lease, with the peering as recorded now; false when another
     * holds the lease (this process included), or {@code owed} no longer holds of the record.
     */
    public boolean takeUp(ManagedPeerings.Found listed, String what, Predicate<ManagedPeerings.Found> owed,
                          Consumer<ManagedPeerings.Found> work) {
        if (!owed.test(listed)) {
            return false;
        }
        Optional<Holding> lease = keeper.tryKeep(key(listed.peering().id())).map(kept -> new Holding(kept, null));
        return holding(listed.peering(), lease, what, owed, fresh -> work.accept(fresh == null ? listed : fresh));
    }

    /** The change {@code ref} is still the one being applied. */
    private static Predicate<ManagedPeerings.Found> inProgress(ChangeRef ref) {
        return found -> found.peering().inProgress().filter(c -> c.ref().equals(ref)).isPresent();
    }

    /**
     * Keeps the apply lease on {@code id} this thread works under until {@code delivered} completes, past the end
     * of the work: another replica must not tell the outcome again while this one is still delivering it.
     */
    void keepUntil(PcxId id, CompletableFuture<?> delivered) {
        Holding holding = heldHere.get().get(key(id));
        if (holding != null) {
            holding.alsoUntil(delivered);
        }
    }

    /** Stops this process's apply on {@code id} when the apply lease it ran under is lost since. */
    void refuseIfLost(PcxId id) {
        keeper.refuseIfLost(key(id));
    }

    /** Whether this process applied on {@code pcxId} under a lease it has lost since: its writes must stop. */
    public boolean lost(String pcxId) {
        return keeper.lost(LeaseKeys.apply(pcxId));
    }

    /** The lease this process keeps on {@code key} while it delivers an outcome, for the next change to run under. */
    private Optional<Holding> adopted(String key) {
        return Optional.ofNullable(reporting.remove(key)).filter(h -> !h.kept.lost());
    }

    /** {@code work} gets the record read again under the lease (null when replicas do not share leases). */
    private boolean holding(ManagedPeering peering, Optional<Holding> lease, String what,
                            Predicate<ManagedPeerings.Found> owed, Consumer<ManagedPeerings.Found> work) {
        String key = key(peering.id());
        if (lease.isEmpty()) {
            log.info("{} of {} is being done elsewhere; leaving it to that replica", what, peering.id());
            return false;
        }
        Holding held = lease.get();
        try {
            ManagedPeerings.Found fresh = null;
            if (keeper.shared()) {
                Optional<ManagedPeerings.Found> now = readAgain(peering).filter(owed);
                if (now.isEmpty()) {
                    log.info("{} of {} is owed no more; another replica did it", what, peering.id());
                    return false;
                }
                fresh = now.get();
            }
            heldHere.get().put(key, held);
            try {
                work.accept(fresh);
            } catch (LeaseLost e) {
                log.warn("stopped {} of {}: {}", what, peering.id(), e.getMessage());
            } finally {
                heldHere.get().remove(key);
            }
            if (held.kept.lost()) {
                log.warn("the apply lease of {} was lost while doing {}; another replica finishes it", peering.id(),
                        what);
            }
            return true;
        } finally {
            release(key, held);
        }
    }

    /** Gives the lease up now, or once what its work queued for the chat is delivered. */
    private void release(String key, Holding held) {
        CompletableFuture<?> until = held.until;
        if (until == null || until.isDone() || held.kept.lost()) {
            held.kept.close();
            return;
        }
        reporting.put(key, held);
        until.whenComplete((done, failed) -> {
            if (givenUpAfter(key, held, until)) {
                held.kept.close();
            }
        });
    }

    /**
     * Whether {@code held} is done with once {@code until} completed: not when a later change adopted it since and
     * made it wait for its own outcome too (that change's release gives it up).
     */
    private boolean givenUpAfter(String key, Holding held, CompletableFuture<?> until) {
        synchronized (held) {
            return held.until == until && reporting.remove(key, held);
        }
    }

    private Optional<ManagedPeerings.Found> readAgain(ManagedPeering peering) {
        return peerings.find(peering.id(), peering.requester().location()) instanceof ManagedPeerings.Found found
                ? Optional.of(found) : Optional.empty();
    }

    private static String describe(ChangeRef change) {
        return change.kind().tag() + " " + change.id();
    }
}
