package io.peerbot.application.expiry;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.PlanBinding;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.expiry.Term;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes away what a temporary change made, through the one apply path: a delete of the whole peering for a
 * temporary request, a close of only its ports for a temporary opening. The consent given with the time limit
 * stands for it (the approvals of the change whose term it is), so no one is asked again; the thread says so,
 * the change gets its card, and {@link ChangeRunner} posts each step.
 */
public final class EndTerm {
    private static final Logger log = LoggerFactory.getLogger(EndTerm.class);

    private final PeeringRecords records;
    private final PeeringEngine engine;
    private final PlanBinding binding;
    private final Cards cards;
    private final ChatPort chat;
    /** Ends due whose record could not be saved, told once in their thread by this process. */
    private final Set<String> toldNotRecorded = ConcurrentHashMap.newKeySet();

    public EndTerm(PeeringRecords records, PeeringEngine engine, PlanBinding binding, Cards cards, ChatPort chat) {
        this.records = records;
        this.engine = engine;
        this.binding = binding;
        this.cards = cards;
        this.chat = chat;
    }

    /**
     * Records the teardown of {@code term} as begun and announces it; run the result outside the peering's lock.
     * Empty when there is nothing left to take away (its ports were closed meanwhile) or another change is being
     * applied (the next look tries again).
     *
     * @param endedBy who clicked End now; null when the time is up
     */
    public Optional<ChangeRunner.Begun> begin(ManagedPeering peering, Scene scene, Term term, String endedBy,
                                              Instant now) {
        if (peering.inProgress().isPresent() || peering.lastChange().map(c -> c.state() == ChangeState.APPLYING)
                .orElse(false)) {
            log.info("{} of {} waits: another change is being applied", term.wholePeering() ? "the end" : "closing "
                    + term.ports(), peering.id());
            return Optional.empty();
        }
        List<PortRange> ports = term.ports().stream().filter(peering.portsInForce()::contains).toList();
        if (!term.wholePeering() && ports.isEmpty()) {
            return Optional.empty();
        }
        ChangeKind teardownKind = term.wholePeering() ? ChangeKind.DELETE : ChangeKind.CLOSE;
        List<PortRange> ending = ports;
        if (peering.lastChange().filter(c -> c.state() == ChangeState.FAILED && c.kind() == teardownKind
                && c.ports().containsAll(ending)).isPresent()) {
            // asked again every look, it would fail again, each time with a card: it waits for /peer retry
            log.info("the end of {} waits: its {} failed; /peer retry finishes it", peering.id(),
                    teardownKind.tag());
            return Optional.empty();
        }
        if (!term.wholePeering()) {
            // the closing replaces a change awaiting approval: an open of it that began before its plan changed goes
            // too (a teardown takes everything anyway)
            List<PortRange> begunPart = peering.pendingChange().filter(peering::partlyApplied).map(Change::ports)
                    .orElse(List.of());
            ports = Stream.concat(ports.stream(), begunPart.stream()).distinct().toList();
        }
        Change source = term.source();
        Change unbound = new Change(teardownKind, ports, source.requestedBy(), now, source.approvals(),
                ChangeState.AWAITING_APPROVAL, null, null, "");
        ChangePlan plan = engine.plan(peering.ask(unbound), unbound, scene.reading());
        Change teardown = unbound.boundTo(binding.shown(plan));
        ManagedPeering begun = peering.ask(teardown).begin(teardown.ref());
        String due = peering.id().value() + " " + term.end();
        try {
            // recorded before anything is posted: an end whose record cannot be saved is asked again every look,
            // and must not post a card each time
            records.save(begun);
        } catch (CloudException e) {
            if (!recordedAfterAll(begun, teardown)) {
                if (endedBy != null) {
                    throw e; // End now: the clicker is told it failed, and may click again
                }
                log.warn("the end of {} could not be recorded; asked again at the next look", peering.id(), e);
                if (toldNotRecorded.add(due)) {
                    chat.reply(peering.thread(), new Notice.TermEndNotRecorded(peering.id(), term, Problem.of(e)));
                }
                return Optional.empty();
            }
            log.warn("saving the end of {} failed part-way, but the record has it begun: it goes ahead",
                    peering.id(), e);
        }
        toldNotRecorded.remove(due);
        ManagedPeering saved = begun;
        try {
            chat.reply(peering.thread(), new Notice.TermOver(peering.id(), term, endedBy));
            MessageRef card = cards.post(begun, begun.change(teardown.ref()).orElseThrow(), scene, plan, List.of());
            records.save(begun.withMessage(teardown.ref(), card.ts()));
            saved = begun.withMessage(teardown.ref(), card.ts());
        } catch (RuntimeException e) {
            // the teardown is recorded as begun, and nothing else would run it: it goes ahead without its card
            log.warn("the card of the end of {} could not be posted or recorded; the end goes ahead", peering.id(),
                    e);
        }
        log.info("{} of {}: {} ({})", endedBy == null ? "time is up" : endedBy + " ends it now", peering.id(),
                teardown.describe(), term.end());
        return Optional.of(new ChangeRunner.Begun(saved, teardown.ref(), scene, plan,
                endedBy == null ? source.requestedBy() : endedBy));
    }

    /** Whether a save that failed wrote the record all the same (one account's copy, then the ledger failing). */
    private boolean recordedAfterAll(ManagedPeering begun, Change teardown) {
        try {
            return records.found(begun.id(), begun.requester().location())
                    .flatMap(found -> found.peering().inProgress()).filter(c -> c.ref().equals(teardown.ref()))
                    .isPresent();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
