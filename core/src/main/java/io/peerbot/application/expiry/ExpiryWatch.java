package io.peerbot.application.expiry;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Scheduler;
import io.peerbot.application.usecase.PeeringFinder;
import io.peerbot.domain.expiry.PendingRequests;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Peerings over time, from what AWS records (never from memory alone, so it survives restarts): every minute it
 * reads the bot's peerings in every location and notes when each temporary one is next due (its reminder, then
 * its end); every few seconds it acts on what fell due, reading the peering afresh under its lock. The same look
 * reminds the owners of requests still awaiting approval and marks those AWS has dropped.
 */
public final class ExpiryWatch {
    private static final Logger log = LoggerFactory.getLogger(ExpiryWatch.class);
    /** How often the records are read: a term found this late is still ended within a minute of its end. */
    public static final Duration LOOK_EVERY = Duration.ofMinutes(1);
    /** How often what fell due is acted on. */
    public static final Duration DUE_EVERY = Duration.ofSeconds(10);

    private final PeeringFinder finder;
    private final ManagedPeerings peerings;
    private final PeeringRecords records;
    private final PeeringEngine engine;
    private final EndTerm endTerm;
    private final ChangeRunner runner;
    private final Cards cards;
    private final ChatPort chat;
    private final PendingRequests pending;
    private final Clock clock;
    private final Map<PcxId, Due> schedule = new ConcurrentHashMap<>();

    private record Due(Location where, Instant at) {
    }

    public ExpiryWatch(PeeringFinder finder, ManagedPeerings peerings, PeeringRecords records, PeeringEngine engine,
                       EndTerm endTerm, ChangeRunner runner, Cards cards, ChatPort chat, PendingRequests pending,
                       Clock clock) {
        this.finder = finder;
        this.peerings = peerings;
        this.records = records;
        this.engine = engine;
        this.endTerm = endTerm;
        this.runner = runner;
        this.cards = cards;
        this.chat = chat;
        this.pending = pending;
        this.clock = clock;
    }

    /** Looks now and every minute, acts on what is due every few seconds, on the scheduler's thread. */
    public void startOn(Scheduler scheduler) {
        scheduler.every(LOOK_EVERY, this::look);
        scheduler.every(DUE_EVERY, this::actOnDue);
    }

    /** One read of every location's records: notes every term, reminds and marks pending requests. */
    public void look() {
        for (Location location : finder.locations()) {
            List<ManagedPeerings.Lookup> found;
            try {
                found = peerings.managedIn(location);
            } catch (CloudException e) {
                log.warn("could not read peerbot's peerings in {}; looking again in {}: {}", location, LOOK_EVERY,
                        e.getMessage());
                continue;
            }
            for (ManagedPeerings.Lookup lookup : found) {
                if (lookup instanceof ManagedPeerings.Found f && f.peering().requester().location().equals(location)
                        && f.peering().hasThread()) {
                    try {
                        noted(f.peering(), f.status(), location);
                    } catch (RuntimeException e) {
                        log.warn("looking at {} over time failed; trying again in {}", f.peering().id(), LOOK_EVERY, e);
                    }
                }
            }
        }
        actOnDue();
    }

    private void noted(ManagedPeering peering, PeeringStatus status, Location where) {
        if (peering.creation().state() == ChangeState.AWAITING_APPROVAL) {
            Instant now = clock.instant();
            if (status == PeeringStatus.EXPIRED || pending.reminderDue(peering.creation(), now)) {
                records.locked(peering.id(), () -> {
                    pendingLocked(peering.id(), where);
                    return null;
                });
            }
            return;
        }
        next(peering, status).ifPresentOrElse(at -> schedule.put(peering.id(), new Due(where, at)),
                () -> schedule.remove(peering.id()));
    }

    /** When the soonest term next needs something: its reminder, else its end. */
    private static Optional<Instant> next(ManagedPeering peering, PeeringStatus status) {
        if (status != PeeringStatus.ACTIVE) {
            return Optional.empty();
        }
        return Term.of(peering).stream()
                .map(term -> term.source().remindedAt() == null && term.remindAt().isBefore(term.end())
                        ? term.remindAt() : term.end())
                .min(Instant::compareTo);
    }

    /** Acts on every term whose reminder or end has come. */
    public void actOnDue() {
        Instant now = clock.instant();
        schedule.forEach((id, due) -> {
            if (!due.at().isAfter(now)) {
                try {
                    records.locked(id, () -> dueLocked(id, due.where())).ifPresent(runner::run);
                } catch (RuntimeException e) {
                    log.warn("acting on the end of {} failed; trying again in {}", id, DUE_EVERY, e);
                }
            }
        });
    }

    private Optional<ChangeRunner.Begun> dueLocked(PcxId id, Location where) {
        Optional<ManagedPeerings.Found> found = records.found(id, where);
        if (found.isEmpty()) {
            schedule.remove(id);
            return Optional.empty();
        }
        ManagedPeering peering = found.get().peering();
        PeeringStatus status = found.get().status();
        Instant now = clock.instant();
        List<Term> terms = status == PeeringStatus.ACTIVE ? Term.of(peering) : List.of();
        // the whole peering's end first: its teardown takes the opening's ports too
        Optional<Term> over = terms.stream().filter(t -> t.over(now))
                .min(Comparator.comparing(t -> !t.wholePeering()));
        if (over.isPresent()) {
            schedule.remove(id);
            Scene scene = records.read(peering, status);
            return endTerm.begin(peering, scene, over.get(), null, now);
        }
        // not while a change is applied: its own save when done would drop the reminder's, and it goes out again
        Optional<Term> remind = terms.stream().filter(t -> t.reminderDue(now))
                .filter(t -> peering.inProgress().isEmpty()).findFirst();
        ManagedPeering after = peering;
        if (remind.isPresent()) {
            Term term = remind.get();
            Scene scene = records.read(peering, status);
            chat.reply(peering.thread(), new Notice.TermReminder(peering, term, scene.requesterOwners(),
                    scene.accepterOwners(), ChangeReference.to(peering, term.source())));
            after = peering.remind(term.source().ref(), now);
            records.save(after);
            log.info("reminded the end of {} on {} at {}", term.source().describe(), id, term.end());
        }
        next(after, status).ifPresentOrElse(at -> schedule.put(id, new Due(where, at)), () -> schedule.remove(id));
        return Optional.empty();
    }

    private void pendingLocked(PcxId id, Location where) {
        Optional<ManagedPeerings.Found> found = records.found(id, where);
        if (found.isEmpty() || found.get().peering().creation().state() != ChangeState.AWAITING_APPROVAL) {
            return;
        }
        ManagedPeering peering = found.get().peering();
        Scene scene = records.read(peering, found.get().status());
        if (found.get().status() == PeeringStatus.EXPIRED) {
            ManagedPeering expired = peering.expire();
            records.save(expired);
            chat.reply(expired.thread(), new Notice.RequestExpired(expired.id()));
            cards.redraw(expired, expired.creation(), scene, engine.plan(expired, expired.creation(),
                    scene.reading()));
            log.info("AWS dropped request {}, never approved", id);
            return;
        }
        Instant now = clock.instant();
        if (!pending.reminderDue(peering.creation(), now)) {
            return;
        }
        chat.reply(peering.thread(), new Notice.PendingReminder(id, peering.creation(), scene.requesterOwners(),
                scene.accepterOwners(), PendingRequests.droppedByAwsAt(peering.creation())));
        records.save(peering.remind(peering.creation().ref(), now));
        log.info("reminded the owners of request {} awaiting approval", id);
    }
}
