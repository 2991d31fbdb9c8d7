package io.peerbot.application.decide;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.usecase.Conversation;
import io.peerbot.application.usecase.PeeringFinder;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.lifecycle.UntrustedRecords;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.AskChangeCommand;
import io.peerbot.application.port.in.AskChangeUseCase;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.change.ChangeCheck;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortRange;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /peer open|close <pcx-id> <ports>} and {@code /peer delete <pcx-id>}: checks the change against the
 * peering as AWS has it (peerbot's, applied, no other change pending, the ports), records it in the peering
 * and posts its card in the peering's thread with what it will do and Approve / Deny buttons. Whoever asks
 * consents for the sides they own; if that is both, the change is applied at once.
 */
public final class AskChange implements AskChangeUseCase {
    private static final Logger log = LoggerFactory.getLogger(AskChange.class);

    private final PeeringFinder finder;
    private final PeeringRecords records;
    private final ApprovalPolicy policy;
    private final PeeringEngine engine;
    private final Cards cards;
    private final ChangeRunner runner;
    private final ChatPort chat;
    private final Clock clock;

    public AskChange(PeeringFinder finder, PeeringRecords records, ApprovalPolicy policy, PeeringEngine engine, Cards cards,
              ChangeRunner runner, ChatPort chat, Clock clock) {
        this.finder = finder;
        this.records = records;
        this.policy = policy;
        this.engine = engine;
        this.cards = cards;
        this.runner = runner;
        this.chat = chat;
        this.clock = clock;
    }

    @Override
    public void ask(AskChangeCommand command) {
        Actor actor = command.asker();
        ChangeKind kind = command.kind();
        PcxId pcxId = command.pcxId();
        List<PortRange> ports = command.ports();
        ManagedPeerings.Lookup lookup = finder.lookup(pcxId);
        if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
            new UntrustedRecords(chat).refuse(actor, untrusted);
            return;
        }
        if (!(lookup instanceof ManagedPeerings.Found found)) {
            Conversation.tell(chat, actor, notMine(lookup, kind));
            return;
        }
        Optional<ChangeRunner.Begun> begun = records.locked(pcxId, () -> askLocked(actor, kind,
                found.peering(), ports));
        begun.ifPresent(runner::run);
    }

    private String notMine(ManagedPeerings.Lookup lookup, ChangeKind kind) {
        if (lookup instanceof ManagedPeerings.Unreadable unreadable) {
            return "`" + unreadable.id() + "` has peerbot tags that cannot be read: " + unreadable.why()
                    + ". Nothing changed.";
        }
        if (lookup instanceof ManagedPeerings.NotManaged notManaged) {
            return "`" + notManaged.id() + "` was not made by peerbot: I " + kind.tag() + " only peerings I made, and"
                    + " touch nothing else. Nothing changed.";
        }
        PcxId id = ((ManagedPeerings.Missing) lookup).id();
        return "I find no peering `" + id + "` in " + finder.locations() + ". Check the id, or `/peer list`"
                + " for mine. Nothing changed.";
    }

    /** Returns the change begun when no one else needs to approve (to apply outside the lock). */
    private Optional<ChangeRunner.Begun> askLocked(Actor actor, ChangeKind kind, ManagedPeering stale,
                                                   List<PortRange> typed) {
        ManagedPeerings.Lookup lookup = records.lookup(stale.id(), stale.requester().location());
        if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
            new UntrustedRecords(chat).refuse(actor, untrusted);
            return Optional.empty();
        }
        if (!(lookup instanceof ManagedPeerings.Found found)) {
            Conversation.tell(chat, actor, notMine(lookup, kind));
            return Optional.empty();
        }
        ManagedPeering peering = found.peering();
        if (!peering.hasThread()) {
            Conversation.tell(chat, actor, "`" + peering.id() + "` has no Slack thread recorded in its tags, so"
                    + " there is nowhere to ask its owners and keep the record. Nothing changed.");
            return Optional.empty();
        }
        ChangeCheck.Verdict verdict = ChangeCheck.check(peering, found.status(), kind, typed);
        if (verdict instanceof ChangeCheck.Busy busy) {
            Conversation.tell(chat, actor, busy.reason() + " " + link(peering, busy.pending()));
            return Optional.empty();
        }
        if (verdict instanceof ChangeCheck.Refused refused) {
            Conversation.tell(chat, actor, refused.reason());
            return Optional.empty();
        }
        ChangeCheck.Allowed allowed = (ChangeCheck.Allowed) verdict;

        Scene scene = records.read(peering, found.status());
        Set<Side> consent = policy.consentedByAsking(actor.userId(), scene.requesterOwners(),
                scene.accepterOwners());
        Change asked = Change.asked(kind, allowed.ports(), actor.userId(), clock.instant(), consent);
        boolean noOneElse = asked.awaiting().isEmpty();
        ManagedPeering toSave = peering.ask(asked);
        if (noOneElse) {
            toSave = toSave.begin(asked.ref());
        }
        ChangePlan plan = engine.plan(toSave, asked, scene.reading());
        MessageRef message = cards.post(toSave, toSave.change(asked.ref()).orElseThrow(), scene, plan,
                allowed.notes());
        ManagedPeering saved = toSave.withMessage(asked.ref(), message.ts());
        try {
            records.save(saved);
        } catch (CloudException e) {
            log.warn("recording the change {} of {} failed", asked.describe(), peering.id(), e);
            chat.update(message, new Notice.Step(false, "Could not record `/peer " + asked.describe() + "`",
                    List.of(Conversation.explain(e), "Nothing was changed in AWS; ask again once that is fixed.")));
            Conversation.tell(chat, actor, Conversation.explain(e) + " Nothing changed.");
            return Optional.empty();
        }
        Change recorded = saved.change(asked.ref()).orElseThrow();
        log.info("{} asked for {} on {} (awaiting {})", actor.userId(), asked.describe(), peering.id(),
                asked.awaiting());
        if (noOneElse) {
            chat.reply(saved.thread(), new Notice.NoOtherApprovalNeeded(actor.userId(), recorded));
        }
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.ChangeAsked(saved.id(), recorded,
                scene.requesterOwners(), scene.accepterOwners(), policy.admins(), chat.permalink(saved.cardOf(recorded)),
                allowed.notes()));
        return noOneElse ? Optional.of(new ChangeRunner.Begun(saved, asked.ref(), scene, plan)) : Optional.empty();
    }

    private String link(ManagedPeering peering, Change change) {
        String url = chat.permalink(peering.cardOf(change));
        return url.isEmpty() ? "(thread in <#" + peering.thread().channel() + ">)" : "<" + url + "|See the change>";
    }
}
