package io.peerbot.application.usecase;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.approval.ClickVerdict;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.request.Approval;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestReference;
import io.peerbot.domain.request.RequestReference.ChangeRef;
import io.peerbot.domain.request.RequestState;
import io.peerbot.domain.request.RequestTags;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on Approve or Deny, on a request's message or on a change's ({@link ChangeDecisions}). The button carries only a reference:
 * the request (and the change) is read back from AWS and the clicker re-checked on every click, so a
 * forged, replayed or duplicate click changes nothing. Clicks on one peering are handled one at a time
 * (and one at a time with {@code /peer open|close|delete} on it), so two Approve clicks apply once.
 */
public final class DecideRequest {
    private static final Logger log = LoggerFactory.getLogger(DecideRequest.class);

    private final RequestStore store;
    private final RequestParties parties;
    private final ApprovalPolicy policy;
    private final PeeringEngine engine;
    private final ApplyRequest apply;
    private final ChatPort chat;
    private final Clock clock;
    private final RequestCards cards;
    private final ChangeDecisions changes;
    private final ApplyChange applyChange;
    private final PeeringLocks locks;
    private final Cache<String, Boolean> recentClicks;

    DecideRequest(RequestStore store, RequestParties parties, ApprovalPolicy policy, PeeringEngine engine,
                  ApplyRequest apply, ChatPort chat, RequestCards cards, Clock clock, Duration duplicateWindow,
                  ChangeCards changeCards, ApplyChange applyChange, PeeringLocks locks) {
        this.cards = cards;
        this.changes = new ChangeDecisions(store, policy, chat, changeCards, clock);
        this.applyChange = applyChange;
        this.locks = locks;
        this.store = store;
        this.parties = parties;
        this.policy = policy;
        this.engine = engine;
        this.apply = apply;
        this.chat = chat;
        this.clock = clock;
        this.recentClicks = Caffeine.newBuilder().expireAfterWrite(duplicateWindow).build();
    }

    public void approve(Actor clicker, String buttonValue) {
        Optional<PeeringRequest> approved = decide(clicker, buttonValue, "approve", this::approveLocked,
                changes::approve);
        approved.ifPresent(request -> {
            if (request.changeInProgress()) {
                applyChange.apply(request);
            } else {
                apply.apply(request);
            }
        });
    }

    public void deny(Actor clicker, String buttonValue) {
        decide(clicker, buttonValue, "deny", this::denyLocked, changes::deny);
    }

    private interface Decision {
        Optional<PeeringRequest> decide(Actor clicker, PeeringRequest request, Owners requesterOwners,
                                        Owners accepterOwners);
    }

    private interface ChangeDecision {
        Optional<PeeringRequest> decide(Actor clicker, ChangeRef which, PeeringRequest request, PeeringStatus status,
                                        Owners requesterOwners, Owners accepterOwners);
    }

    /**
     * Returns the request when the click completed the approvals (to apply outside the lock): with its change
     * begun when the button was a change's.
     */
    private Optional<PeeringRequest> decide(Actor clicker, String buttonValue, String verb, Decision decision,
                                            ChangeDecision changeDecision) {
        Optional<RequestReference> reference = RequestReference.parse(buttonValue);
        if (reference.isEmpty()) {
            log.warn("{} clicked {} with an unreadable reference", clicker.userId(), verb);
            Conversation.tell(chat, clicker, "That button does not refer to a peering request I know. Nothing changed.");
            return Optional.empty();
        }
        String pcxId = reference.get().pcxId();
        if (recentClicks.asMap().putIfAbsent(reference.get().encode() + "|" + clicker.userId() + "|" + verb,
                Boolean.TRUE) != null) {
            Conversation.tell(chat, clicker, "Your " + verb + " click on `" + pcxId
                    + "` is already being handled. Nothing more changed.");
            return Optional.empty();
        }
        return locks.locked(pcxId, () -> {
            Optional<PeeringConnection> peering = store.peering(reference.get());
            Optional<PeeringRequest> request = peering.flatMap(RequestTags::decode);
            if (request.isEmpty()) {
                Conversation.tell(chat, clicker, "`" + pcxId + "` is not a peering request of mine, or it is gone."
                        + " Nothing changed.");
                return Optional.empty();
            }
            Optional<ChangeRef> change = reference.get().change();
            if (change.isEmpty() && peering.get().status() == PeeringStatus.EXPIRED) {
                Conversation.tell(chat, clicker, "The request `" + pcxId + "` expired: AWS drops peering requests"
                        + " not accepted within 7 days. Ask again with `/peer`.");
                return Optional.empty();
            }
            Owners requesterOwners = parties.ownersOf(request.get().requester());
            Owners accepterOwners = parties.ownersOf(request.get().accepter());
            if (change.isPresent()) {
                return changeDecision.decide(clicker, change.get(), request.get(), peering.get().status(),
                        requesterOwners, accepterOwners);
            }
            return decision.decide(clicker, request.get(), requesterOwners, accepterOwners);
        });
    }

    private Optional<PeeringRequest> approveLocked(Actor clicker, PeeringRequest request, Owners requesterOwners,
                                                   Owners accepterOwners) {
        ClickVerdict verdict = policy.judgeApprove(clicker.userId(), request, requesterOwners, accepterOwners);
        if (verdict instanceof ClickVerdict.Refused refused) {
            Conversation.tell(chat, clicker, refused.reason());
            return Optional.empty();
        }
        PeeringRequest updated = request;
        for (Side side : ((ClickVerdict.Approves) verdict).sides()) {
            updated = updated.withApproval(new Approval(side, clicker.userId(), clock.instant()));
        }
        Set<Side> awaiting = updated.awaiting();
        if (awaiting.isEmpty()) {
            updated = updated.withState(RequestState.APPROVED);
        }
        store.save(updated);
        log.info("{} approved {} (still awaiting {})", clicker.userId(), request.pcxId(), awaiting);
        refreshCard(updated, requesterOwners, accepterOwners, awaiting);
        MessageRef thread = new MessageRef(updated.channel(), updated.threadTs());
        chat.reply(thread, new Notice.Text("<@" + clicker.userId() + "> approved the "
                + Side.labels(((ClickVerdict.Approves) verdict).sides()) + " side" + (awaiting.isEmpty()
                ? ". Applying now." : ". Still waiting for the " + Side.labels(awaiting) + " side.")));
        return awaiting.isEmpty() ? Optional.of(updated) : Optional.empty();
    }

    private Optional<PeeringRequest> denyLocked(Actor clicker, PeeringRequest request, Owners requesterOwners,
                                                Owners accepterOwners) {
        ClickVerdict verdict = policy.judgeDeny(clicker.userId(), request, requesterOwners, accepterOwners);
        if (verdict instanceof ClickVerdict.Refused refused) {
            Conversation.tell(chat, clicker, refused.reason());
            return Optional.empty();
        }
        MessageRef thread = new MessageRef(request.channel(), request.threadTs());
        try {
            engine.reject(request);
        } catch (CloudException e) {
            chat.reply(thread, new Notice.Step(false, "Could not reject `" + request.pcxId() + "`",
                    List.of(Conversation.explain(e), "The request is still open.")));
            return Optional.empty();
        }
        PeeringRequest denied = store.save(request.deniedBy(clicker.userId()));
        log.info("{} denied {}", clicker.userId(), request.pcxId());
        refreshCard(denied, requesterOwners, accepterOwners, Set.of());
        chat.reply(thread, new Notice.Text("<@" + clicker.userId() + "> denied this request; `" + request.pcxId()
                + "` was rejected in AWS."));
        return Optional.empty();
    }

    private void refreshCard(PeeringRequest request, Owners requesterOwners, Owners accepterOwners,
                             Set<Side> awaiting) {
        try {
            cards.redraw(request, requesterOwners, accepterOwners, awaiting);
        } catch (RuntimeException e) {
            log.warn("could not redraw the message of {}", request.pcxId(), e);
        }
    }
}
