package io.peerbot.application.apply;

import io.peerbot.application.usecase.Conversation;
import io.peerbot.application.usecase.PeeringFinder;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.PlanBinding;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.lifecycle.UntrustedRecords;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.application.port.in.RetryChangeUseCase;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import java.util.List;
import java.util.Optional;

/**
 * {@code /peer retry <pcx-id>}: runs the change that failed part-way again, whatever its kind. Only the
 * requester, an owner or an admin may; the approvals already given stand, and every step does only what is
 * left.
 */
public final class RetryChange implements RetryChangeUseCase {
    private final PeeringFinder finder;
    private final PeeringRecords records;
    private final ApprovalPolicy policy;
    private final PeeringEngine engine;
    private final ChangeRunner runner;
    private final ChatPort chat;
    private final PlanBinding binding;

    public RetryChange(PeeringFinder finder, PeeringRecords records, ApprovalPolicy policy, PeeringEngine engine,
                ChangeRunner runner, PlanBinding binding, ChatPort chat) {
        this.binding = binding;
        this.finder = finder;
        this.records = records;
        this.policy = policy;
        this.engine = engine;
        this.runner = runner;
        this.chat = chat;
    }

    @Override
    public void retry(Command command) {
        Actor actor = command.asker();
        PcxId pcxId = command.pcxId();
        ManagedPeerings.Lookup lookup = finder.lookup(pcxId);
        if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
            new UntrustedRecords(chat).refuse(actor, untrusted);
            return;
        }
        if (lookup instanceof ManagedPeerings.Unsaved unsaved) {
            Conversation.tell(chat, actor, new Notice.RequestNeverSaved(unsaved.id(), unsaved.status()));
            return;
        }
        if (!(lookup instanceof ManagedPeerings.Found found)) {
            Conversation.tell(chat, actor, new Notice.UnknownPeering(pcxId.value(), List.copyOf(finder.locations())));
            return;
        }
        records.locked(pcxId, () -> retryLocked(actor, found)).ifPresent(runner::run);
    }

    private Optional<ChangeRunner.Begun> retryLocked(Actor actor, ManagedPeerings.Found stale) {
        ManagedPeerings.Lookup lookup = records.lookup(stale.peering().id(), stale.peering().requester().location());
        if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
            new UntrustedRecords(chat).refuse(actor, untrusted);
            return Optional.empty();
        }
        Optional<ManagedPeerings.Found> fresh = lookup instanceof ManagedPeerings.Found found
                ? Optional.of(found) : Optional.empty();
        if (fresh.isEmpty()) {
            Conversation.tell(chat, actor, new Notice.UnknownPeering(stale.peering().id().value(),
                    List.copyOf(finder.locations())));
            return Optional.empty();
        }
        ManagedPeering peering = fresh.get().peering();
        Optional<Change> failed = peering.failed();
        if (failed.isEmpty()) {
            Conversation.tell(chat, actor, new Notice.NothingToRetry(peering.id(), peering.stage()));
            return Optional.empty();
        }
        Scene scene = records.read(peering, fresh.get().status());
        boolean involved = actor.userId().equals(peering.requestedBy())
                || actor.userId().equals(failed.get().requestedBy()) || policy.isAdmin(actor.userId())
                || scene.involves(actor.userId());
        if (!involved) {
            Conversation.tell(chat, actor, new Notice.RetryNotAllowed(peering.id()));
            return Optional.empty();
        }
        Optional<ChangePlan> plan = ResumeUnfinished.planHolds(binding, chat, peering, failed.get(), scene);
        if (plan.isEmpty()) {
            chat.tellPrivately(actor.channel(), actor.userId(), new Notice.ApproveAgain(peering.id(), failed.get()));
            return Optional.empty();
        }
        chat.reply(peering.thread(), new Notice.Retrying(actor.userId(), failed.get()));
        ManagedPeering begun = peering.begin(failed.get().ref());
        records.save(begun);
        return Optional.of(new ChangeRunner.Begun(begun, failed.get().ref(), scene, plan.get(), actor.userId()));
    }
}
