package io.peerbot.application.apply;

import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeRef;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a change's outcome once AWS has it recorded as done or failed (so the record owes it to the chat,
 * {@link Change#unreported()}): the final message in the peering's thread and the cards redrawn from the scene read
 * once for the change. Nothing waits for the chat; once the chat has delivered both, a second save records the
 * change as reported, so a restart tells only what a stopped process left owed.
 */
public final class FinalReport {
    private static final Logger log = LoggerFactory.getLogger(FinalReport.class);

    private final ChatPort chat;
    private final Cards cards;
    private final PeeringRecords records;

    public FinalReport(ChatPort chat, Cards cards, PeeringRecords records) {
        this.chat = chat;
        this.cards = cards;
        this.records = records;
    }

    /**
     * Queues {@code outcome} and the cards of {@code change} as {@code peering} (just saved) records them; the
     * future completes once the chat has delivered them and the change is recorded as reported (or that save
     * failed).
     */
    public CompletableFuture<Void> tell(ManagedPeering peering, Change change, Notice outcome, Scene scene,
                                        ChangePlan plan) {
        if (peering.hasThread()) {
            chat.reply(peering.thread(), outcome, marker(peering.id(), change.ref()));
        }
        return redrawn(peering, change, scene, plan);
    }

    /**
     * As {@link #tell}, for an outcome a process that stopped left owed: it may have been in the chat already (the
     * process stopped after the chat took it, before recording so), so the thread is looked at first and the
     * final message not posted a second time. The cards are redrawn all the same.
     */
    public CompletableFuture<Void> tellAgain(ManagedPeering peering, Change change, Notice outcome, Scene scene,
                                             ChangePlan plan) {
        if (peering.hasThread()) {
            String marker = marker(peering.id(), change.ref());
            if (chat.hasReply(peering.thread(), marker)) {
                log.info("the outcome of {} {} on {} was in the thread already", change.ref().kind().tag(),
                        change.ref().id(), peering.id());
            } else {
                chat.reply(peering.thread(), outcome, marker);
            }
        }
        return redrawn(peering, change, scene, plan);
    }

    /** What marks a change's final message in its thread: the peering and the change. */
    static String marker(PcxId id, ChangeRef ref) {
        return id.value() + " " + ref.kind().tag() + " " + ref.id();
    }

    private CompletableFuture<Void> redrawn(ManagedPeering peering, Change change, Scene scene, ChangePlan plan) {
        cards.redrawAll(peering, change, scene, plan);
        PcxId id = peering.id();
        Location where = peering.requester().location();
        ChangeState told = change.state();
        return chat.delivered().thenRun(() -> reported(id, where, change.ref(), told));
    }

    /**
     * Read afresh under the peering's lock: anything saved since (another change asked, a drift finding) is kept,
     * and a change that is no longer the one owed is left as it is. So is one whose state is no longer the one told
     * ({@code told}): a failure retried since owes the retry's outcome, which may still be on its way.
     */
    private void reported(PcxId id, Location where, ChangeRef ref, ChangeState told) {
        try {
            records.locked(id, () -> {
                Optional<ManagedPeering> now = records.found(id, where).map(ManagedPeerings.Found::peering);
                if (now.flatMap(p -> p.change(ref)).filter(Change::unreported).filter(c -> c.state() == told)
                        .isPresent()) {
                    records.save(now.get().reported(ref));
                    log.info("the outcome of {} {} on {} is in the chat", ref.kind().tag(), ref.id(), id);
                } else {
                    log.info("the outcome of {} {} on {} was owed no more", ref.kind().tag(), ref.id(), id);
                }
                return null;
            });
        } catch (RuntimeException e) {
            log.warn("could not record that the outcome of {} on {} is reported; a restart reports it again",
                    ref.kind().tag(), id, e);
        }
    }
}
