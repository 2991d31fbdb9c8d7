package io.peerbot.application.decide;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.lifecycle.ChangePolicy;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.PlanBinding;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.lifecycle.UntrustedRecords;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Caller;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.application.port.in.DecideChangeCommand;
import io.peerbot.application.port.in.DecideChangeUseCase;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.approval.ClickVerdict;
import io.peerbot.domain.change.ChangeCheck;
import io.peerbot.domain.change.ChangeRefusal;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.policy.ExtraConsent;
import io.peerbot.domain.validation.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on Approve or Deny of a change's card, whatever the change's kind. The button carries only a
 * reference: the peering is read back from AWS with both VPCs (once: owners, judgement, card and apply share
 * that reading) and the clicker re-checked on every click, so a forged, replayed or duplicate click changes
 * nothing. Clicks on one peering are handled one at a time (and one at a time with asking for a change), in this
 * process and across replicas (the peering's decision lease), so
 * two Approve clicks apply once.
 */
public final class DecideChange implements DecideChangeUseCase {
    private static final Logger log = LoggerFactory.getLogger(DecideChange.class);

    private final PeeringRecords sessions;
    private final ApprovalPolicy policy;
    private final PeeringEngine engine;
    private final ChatPort chat;
    private final Cards cards;
    private final ChangeRunner runner;
    private final Clock clock;
    private final PlanBinding binding;
    private final Cache<String, Boolean> recentClicks;

    public DecideChange(PeeringRecords sessions, ApprovalPolicy policy, PeeringEngine engine, ChatPort chat, Cards cards,
                 ChangeRunner runner, PlanBinding binding, Clock clock, Duration duplicateWindow) {
        this.binding = binding;
        this.sessions = sessions;
        this.policy = policy;
        this.engine = engine;
        this.chat = chat;
        this.cards = cards;
        this.runner = runner;
        this.clock = clock;
        this.recentClicks = Caffeine.newBuilder().expireAfterWrite(duplicateWindow).build();
    }

    @Override
    public void decide(DecideChangeCommand command) {
        decideLocked(command).ifPresent(runner::run);
    }

    /** Returns the change begun when the click completed its approvals (to apply outside the lock). */
    private Optional<ChangeRunner.Begun> decideLocked(DecideChangeCommand command) {
        Actor clicker = command.clicker();
        boolean approve = command.approve();
        ChangeReference ref = command.reference();
        if (recentClicks.asMap().putIfAbsent(clickKey(command), Boolean.TRUE) != null) {
            tell(clicker, new Notice.ClickInProgress(ref.pcxId(), approve));
            return Optional.empty();
        }
        if (engine.foreign(ref.location().account())) {
            tell(clicker, new Notice.Rejected(List.of(new Rejection.AccountNotAllowed(ref.pcxId().value(),
                    ref.location().account()))));
            return Optional.empty();
        }
        try {
            return decideOn(command);
        } catch (RuntimeException e) {
            // the click failed (another replica deciding, AWS or the record store refusing): the same click
            // again is a retry, not a duplicate, and is re-checked against whatever was saved
            forget(command);
            throw e;
        }
    }

    private Optional<ChangeRunner.Begun> decideOn(DecideChangeCommand command) {
        Actor clicker = command.clicker();
        boolean approve = command.approve();
        ChangeReference ref = command.reference();
        return sessions.locked(ref.pcxId(), () -> {
            ManagedPeerings.Lookup lookup = sessions.lookup(ref.pcxId(), ref.location());
            if (lookup instanceof ManagedPeerings.Untrusted untrusted) {
                new UntrustedRecords(chat).refuse(clicker, untrusted);
                return Optional.empty();
            }
            if (!(lookup instanceof ManagedPeerings.Found)) {
                tell(clicker, new Notice.PeeringGone(ref.pcxId()));
                return Optional.empty();
            }
            Optional<ManagedPeerings.Found> found = Optional.of((ManagedPeerings.Found) lookup);
            ManagedPeering peering = found.get().peering();
            Optional<Change> change = peering.change(ref.change());
            if (change.isEmpty()) {
                tell(clicker, new Notice.StaleButton(ref.pcxId(), ref.change()));
                return Optional.empty();
            }
            PeeringStatus status = found.get().status();
            if (change.get().kind() == ChangeKind.CREATE && status == PeeringStatus.EXPIRED) {
                tell(clicker, new Notice.RequestExpired(ref.pcxId()));
                return Optional.empty();
            }
            Scene scene = sessions.read(peering, status);
            return approve ? approveLocked(clicker, ref, peering, change.get(), scene)
                    : denyLocked(command, peering, change.get(), scene);
        });
    }

    private Optional<ChangeRunner.Begun> approveLocked(Actor clicker, ChangeReference clicked, ManagedPeering peering,
                                                       Change change, Scene scene) {
        ClickVerdict verdict = policy.judgeApprove(clicker.userId(), change, scene.requesterOwners(),
                scene.accepterOwners());
        ChangePolicy.Standing standing = change.state() == ChangeState.AWAITING_APPROVAL
                ? cards.policyOn(peering, change, scene) : ChangePolicy.Standing.none();
        ExtraConsent extras = standing.extras();
        ExtraConsent.Click extra = policy.isAdmin(clicker.userId()) && !extras.complete(change)
                ? new ExtraConsent.Click.Approves(extras.outstanding(change)) : extras.judge(clicker.userId(), change);
        if (verdict instanceof ClickVerdict.Refused refused && !(extra instanceof ExtraConsent.Click.Approves)) {
            if (refused instanceof ClickVerdict.AllApproved && extra instanceof ExtraConsent.Click.NotAnApprover not) {
                tell(clicker, new Notice.NotAnExtraApprover(peering.id(), not.outstanding()));
            } else if (refused instanceof ClickVerdict.AllApproved
                    && extra instanceof ExtraConsent.Click.AskedByYou asked) {
                tell(clicker, new Notice.ExtraApprovalNotFromAsker(peering.id(), asked.outstanding()));
            } else {
                refuse(clicker, refused, scene);
            }
            return Optional.empty();
        }
        if (standing.denied()) {
            log.info("the policy now denies {} on {}: {}", change.describe(), peering.id(),
                    standing.denials().stream().map(d -> d.rule().name()).toList());
            tell(clicker, new Notice.PolicyDeniesChange(peering.id(), change.kind(), standing.denials(),
                    standing.source(), true));
            return Optional.empty();
        }
        if (change.kind() != ChangeKind.CREATE) {
            Optional<ChangeRefusal.NotApplicable> notApplicable = ChangeCheck.notApplicable(peering, scene.reading().status(),
                    change.kind());
            if (notApplicable.isPresent()) {
                tell(clicker, new Notice.NotApplicable(notApplicable.get()));
                return Optional.empty();
            }
        }
        PlanBinding.Verdict planned = binding.check(peering, change, scene);
        if (planned instanceof PlanBinding.Verdict.SubnetsGone gone) {
            Notice.SubnetsGone refusal = new Notice.SubnetsGone(peering.id(), change, gone.subnetIds());
            chat.reply(peering.thread(), refusal);
            tell(clicker, refusal);
            return Optional.empty();
        }
        if (planned instanceof PlanBinding.Verdict.Changed changed) {
            ManagedPeering replanned = binding.rebind(peering, change, scene, changed.now());
            forgetClicksOn(ChangeReference.to(peering, change));
            tell(clicker, new Notice.ApproveAgain(peering.id(), replanned.change(change.ref()).orElseThrow()));
            return Optional.empty();
        }
        ChangePlan plan = ((PlanBinding.Verdict.Holds) planned).plan();
        List<Rejection> moved = PathCheck.moved(peering, plan, scene);
        if (!moved.isEmpty()) {
            tell(clicker, new Notice.PathsWouldMove(peering.id(), change, moved, true));
            return Optional.empty();
        }
        if (clicked.showedAnotherPlanThan(change)) {
            // consent is to the plan the clicker saw: the card they clicked had not been redrawn for them yet
            cards.redraw(peering, change, scene, plan);
            tell(clicker, new Notice.CardShowedAnotherPlan(peering.id(), change));
            return Optional.empty();
        }
        Set<Side> sides = verdict instanceof ClickVerdict.Approves approves ? approves.sides() : Set.of();
        ManagedPeering updated = peering;
        for (Side side : sides) {
            updated = updated.approve(change.ref(), new Approval(side, clicker.userId(), clock.instant()));
        }
        if (extra instanceof ExtraConsent.Click.Approves given) {
            for (Approval approval : given.approvals(clicker.userId(), clock.instant())) {
                updated = updated.approve(change.ref(), approval);
            }
        }
        Change approved = updated.change(change.ref()).orElseThrow();
        boolean complete = approved.awaiting().isEmpty() && extras.complete(approved);
        if (complete) {
            updated = updated.begin(change.ref());
        }
        sessions.save(updated);
        log.info("{} approved {} on {} (still awaiting {} and {} extra)", clicker.userId(), change.describe(),
                peering.id(), approved.awaiting(), extras.outstanding(approved).size());
        List<String> extrasGiven = extra instanceof ExtraConsent.Click.Approves given
                ? given.rules().stream().map(r -> r.rule().name()).toList() : List.of();
        chat.reply(updated.thread(), new Notice.Approved(clicker.userId(), approved, sides, extrasGiven,
                extras.outstanding(approved).stream().map(r -> r.rule().name()).toList()));
        cards.redraw(updated, updated.change(change.ref()).orElseThrow(), scene, plan);
        return complete ? Optional.of(new ChangeRunner.Begun(updated, change.ref(), scene, plan, clicker.userId()))
                : Optional.empty();
    }

    private Optional<ChangeRunner.Begun> denyLocked(DecideChangeCommand command, ManagedPeering peering,
                                                    Change change, Scene scene) {
        Actor clicker = command.clicker();
        ClickVerdict verdict = policy.judgeDeny(clicker.userId(), change, scene.requesterOwners(),
                scene.accepterOwners());
        if (verdict instanceof ClickVerdict.Refused refused) {
            refuse(clicker, refused, scene);
            return Optional.empty();
        }
        // a creation accepted, or an open begun, before its plan changed: what it made goes with the denial
        boolean undone = change.kind() == ChangeKind.CREATE ? !scene.reading().status().pending()
                && scene.reading().status().live() : peering.partlyApplied(change);
        Caller caller = Caller.of(clicker.userId(), peering.id().value());
        try {
            if (undone) {
                engine.undo(peering, change, scene.reading(), caller);
            } else if (change.kind() == ChangeKind.CREATE) {
                engine.reject(peering, caller);
            }
        } catch (CloudException e) {
            forget(command);
            chat.reply(peering.thread(), new Notice.DenialFailed(peering.id(), Problem.of(e)));
            return Optional.empty();
        }
        ManagedPeering denied = peering.deny(change.ref(), clicker.userId());
        sessions.save(denied);
        Change decided = denied.change(change.ref()).orElseThrow();
        log.info("{} denied {} on {}", clicker.userId(), change.describe(), peering.id());
        cards.redraw(denied, decided, scene, engine.plan(denied, decided, scene.reading()));
        chat.reply(denied.thread(), new Notice.Denied(clicker.userId(), denied.id(), decided, undone));
        return Optional.empty();
    }

    private static String clickKey(DecideChangeCommand command) {
        return command.reference().encode() + "|" + command.clicker().userId() + "|" + command.approve();
    }

    private void forget(DecideChangeCommand command) {
        recentClicks.invalidate(clickKey(command));
    }

    /** Clicks on the old plan were not on the new one: approving it again is a new click, not a duplicate. */
    private void forgetClicksOn(ChangeReference ref) {
        String change = new ChangeReference(ref.pcxId(), ref.location(), ref.change()).encode();
        // on the card of any plan of the change: "…#open-1732870100123|…" or "…#open-1732870100123~3f2a9c01b7d4|…"
        recentClicks.asMap().keySet().removeIf(key -> key.startsWith(change + "|") || key.startsWith(change + "~"));
    }

    private void refuse(Actor clicker, ClickVerdict.Refused refused, Scene scene) {
        tell(clicker, new Notice.ClickRefused(refused, scene.requesterOwners(), scene.accepterOwners(),
                policy.admins()));
    }

    private void tell(Actor clicker, Notice notice) {
        chat.tellPrivately(clicker.channel(), clicker.userId(), notice);
    }
}
