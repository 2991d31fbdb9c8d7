package io.peerbot.application.decide;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.lifecycle.ChangePolicy;
import io.peerbot.application.usecase.Conversation;
import io.peerbot.application.usecase.PeeringFinder;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.PlanBinding;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.lifecycle.UntrustedRecords;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.application.port.in.AskChangeCommand;
import io.peerbot.application.port.in.AskChangeUseCase;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.change.ChangeCheck;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.change.ChangeRefusal;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Leftovers;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.validation.Rejection;
import io.peerbot.domain.expiry.Lifetime;
import java.time.Clock;
import java.time.Instant;
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
    private final PlanBinding binding;

    public AskChange(PeeringFinder finder, PeeringRecords records, ApprovalPolicy policy, PeeringEngine engine, Cards cards,
              ChangeRunner runner, PlanBinding binding, ChatPort chat, Clock clock) {
        this.binding = binding;
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
                found.peering(), ports, command.lasting()));
        begun.ifPresent(runner::run);
    }

    private Notice notMine(ManagedPeerings.Lookup lookup, ChangeKind kind) {
        if (lookup instanceof ManagedPeerings.Unreadable unreadable) {
            return new Notice.UnreadableRecord(unreadable.id(), unreadable.why());
        }
        if (lookup instanceof ManagedPeerings.NotManaged notManaged) {
            return new Notice.NotMadeByPeerbot(notManaged.id(), kind);
        }
        if (lookup instanceof ManagedPeerings.Unsaved unsaved) {
            return new Notice.RequestNeverSaved(unsaved.id(), unsaved.status());
        }
        PcxId id = ((ManagedPeerings.Missing) lookup).id();
        if (kind == ChangeKind.DELETE) {
            List<Leftovers> leftovers = finder.leftovers(id);
            if (!leftovers.isEmpty()) {
                return new Notice.GoneWithLeftovers(id, leftovers);
            }
        }
        return new Notice.UnknownPeering(id.value(), List.copyOf(finder.locations()));
    }

    /** Returns the change begun when no one else needs to approve (to apply outside the lock). */
    private Optional<ChangeRunner.Begun> askLocked(Actor actor, ChangeKind kind, ManagedPeering stale,
                                                   List<PortRange> typed, Optional<Lifetime> lasting) {
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
            Conversation.tell(chat, actor, new Notice.NoThread(peering.id()));
            return Optional.empty();
        }
        ChangeCheck.Verdict verdict = ChangeCheck.check(peering, found.status(), kind, typed, lasting.isPresent());
        if (verdict instanceof ChangeCheck.Refused refused) {
            Conversation.tell(chat, actor, new Notice.ChangeRefused(refused.reason(),
                    refused.reason() instanceof ChangeRefusal.Busy busy ? Optional.of(where(peering, busy.pending()))
                            : Optional.empty()));
            return Optional.empty();
        }
        ChangeCheck.Allowed allowed = (ChangeCheck.Allowed) verdict;

        Scene scene = records.read(peering, found.status());
        Set<Side> consent = policy.consentedByAsking(actor.userId(), scene.requesterOwners(),
                scene.accepterOwners());
        Instant now = clock.instant();
        Change unbound = Change.asked(kind, allowed.ports(), actor.userId(), now, consent,
                lasting.map(l -> now.plus(l.length())).orElse(null));
        ChangePolicy.Standing standing = cards.policyOn(peering, unbound, scene);
        if (standing.denied()) {
            refuseByPolicy(actor, peering, unbound, standing);
            return Optional.empty();
        }
        Optional<List<String>> gone = engine.subnetsGone(peering, unbound, scene.reading());
        if (gone.isPresent()) {
            chat.tellPrivately(actor.channel(), actor.userId(), new Notice.SubnetsGone(peering.id(), unbound,
                    gone.get()));
            return Optional.empty();
        }
        ChangePlan plan = engine.plan(peering.ask(unbound), unbound, scene.reading());
        List<Rejection> moved = PathCheck.moved(peering, plan, scene);
        if (!moved.isEmpty()) {
            Conversation.tell(chat, actor, new Notice.PathsWouldMove(peering.id(), unbound, moved, false));
            return Optional.empty();
        }
        Change asked = unbound.boundTo(binding.shown(plan));
        boolean noOneElse = asked.awaiting().isEmpty() && standing.extras().complete(asked);
        ManagedPeering toSave = peering.ask(asked);
        if (noOneElse) {
            toSave = toSave.begin(asked.ref());
        }
        MessageRef message = cards.post(toSave, toSave.change(asked.ref()).orElseThrow(), scene, plan,
                allowed.leftOut());
        ManagedPeering saved = toSave.withMessage(asked.ref(), message.ts());
        try {
            records.save(saved);
        } catch (CloudException e) {
            log.warn("recording the change {} of {} failed", asked.describe(), peering.id(), e);
            chat.update(message, new Notice.ChangeNotRecorded(asked, Problem.of(e)));
            Conversation.tell(chat, actor, new Notice.ChangeNotRecorded(asked, Problem.of(e)));
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
                allowed.leftOut()));
        return noOneElse ? Optional.of(new ChangeRunner.Begun(saved, asked.ref(), scene, plan, actor.userId()))
                : Optional.empty();
    }

    /**
     * An opening, a renewal and an extension are judged by the policy like a request, on what they add or keep
     * (closing and deleting only take away, and a repair puts back what was approved, so the policy never stands in
     * their way). A denied change to a peering is not overridden: ask for a new peering.
     */
    private void refuseByPolicy(Actor actor, ManagedPeering peering, Change asked, ChangePolicy.Standing standing) {
        log.info("the policy denies {}'s {} on {}: {}", actor.userId(), asked.describe(), peering.id(),
                standing.denials().stream().map(d -> d.rule().name()).toList());
        Conversation.tell(chat, actor, new Notice.PolicyDeniesChange(peering.id(), asked.kind(), standing.denials(),
                standing.source(), false));
    }

    private Notice.ThreadAt where(ManagedPeering peering, Change change) {
        return new Notice.ThreadAt(peering.thread().channel(), chat.permalink(peering.cardOf(change)));
    }
}
