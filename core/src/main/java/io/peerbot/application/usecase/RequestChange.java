package io.peerbot.application.usecase;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.change.ChangeCheck;
import io.peerbot.domain.change.ChangePreview;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.request.ChangeKind;
import io.peerbot.domain.request.PeeringChange;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestTags;
import io.peerbot.domain.traffic.PortRange;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /peer open|close <pcx-id> <ports>} and {@code /peer delete <pcx-id>}: checks the change against the
 * peering as AWS has it (peerbot's, applied, no other change pending, the ports), records it in the
 * peering's tags and posts it in the request's thread with what it will do and Approve / Deny buttons.
 * Whoever asks consents for the sides they own; if that is both, the change is applied at once.
 */
public final class RequestChange {
    private static final Logger log = LoggerFactory.getLogger(RequestChange.class);

    private final PeeringFinder finder;
    private final RequestStore store;
    private final RequestParties parties;
    private final ApprovalPolicy policy;
    private final PeeringEngine engine;
    private final ChangeCards cards;
    private final ApplyChange apply;
    private final PeeringLocks locks;
    private final ChatPort chat;
    private final Clock clock;

    RequestChange(PeeringFinder finder, RequestStore store, RequestParties parties, ApprovalPolicy policy,
                  PeeringEngine engine, ChangeCards cards, ApplyChange apply, PeeringLocks locks, ChatPort chat,
                  Clock clock) {
        this.finder = finder;
        this.store = store;
        this.parties = parties;
        this.policy = policy;
        this.engine = engine;
        this.cards = cards;
        this.apply = apply;
        this.locks = locks;
        this.chat = chat;
        this.clock = clock;
    }

    public void ask(Actor actor, ChangeKind kind, String pcxId, List<PortRange> ports) {
        Optional<PeeringRequest> found = finder.request(pcxId);
        if (found.isEmpty()) {
            Conversation.tell(chat, actor, notMine(pcxId, kind));
            return;
        }
        Optional<PeeringRequest> begun = locks.locked(pcxId, () -> askLocked(actor, kind, found.get(), ports));
        begun.ifPresent(apply::apply);
    }

    private String notMine(String pcxId, ChangeKind kind) {
        Optional<PeeringConnection> peering = finder.peering(pcxId);
        if (peering.isEmpty()) {
            return "I find no peering `" + pcxId + "` in " + finder.locations() + ". Check the id, or `/peer list`"
                    + " for mine. Nothing changed.";
        }
        return RequestTags.whyUnreadable(peering.get()).map(why -> why + ". Nothing changed.")
                .orElse("`" + pcxId + "` was not made by peerbot: I " + kind.tag() + " only peerings I made, and"
                        + " touch nothing else. Nothing changed.");
    }

    /** Returns the request with the change begun when no one else needs to approve (to apply outside the lock). */
    private Optional<PeeringRequest> askLocked(Actor actor, ChangeKind kind, PeeringRequest stale,
                                               List<PortRange> typed) {
        Optional<PeeringConnection> peering = store.peering(RequestStore.referenceOf(stale));
        Optional<PeeringRequest> fresh = peering.flatMap(RequestTags::decode);
        if (fresh.isEmpty()) {
            Conversation.tell(chat, actor, notMine(stale.pcxId(), kind));
            return Optional.empty();
        }
        PeeringRequest request = fresh.get();
        if (request.channel() == null || request.threadTs() == null) {
            Conversation.tell(chat, actor, "`" + request.pcxId() + "` has no Slack thread recorded in its tags, so"
                    + " there is nowhere to ask its owners and keep the record. Nothing changed.");
            return Optional.empty();
        }
        PeeringStatus status = peering.get().status();
        ChangeCheck.Verdict verdict = ChangeCheck.check(request, status, kind, typed);
        if (verdict instanceof ChangeCheck.Busy busy) {
            Conversation.tell(chat, actor, busy.reason() + " " + link(request, busy.pending()));
            return Optional.empty();
        }
        if (verdict instanceof ChangeCheck.Refused refused) {
            Conversation.tell(chat, actor, refused.reason());
            return Optional.empty();
        }
        ChangeCheck.Allowed allowed = (ChangeCheck.Allowed) verdict;

        Owners requesterOwners = parties.ownersOf(request.requester());
        Owners accepterOwners = parties.ownersOf(request.accepter());
        ChangePreview preview = engine.preview(request, kind, allowed.ports());
        Set<Side> consent = policy.consentedByRequesting(actor.userId(), requesterOwners, accepterOwners);
        PeeringChange change = PeeringChange.asked(kind, allowed.ports(), actor.userId(), clock.instant(), consent);
        boolean noOneElse = change.awaiting().isEmpty();
        PeeringRequest asked = request.withChange(change);
        PeeringRequest toSave = noOneElse ? asked.beginChange() : asked;

        MessageRef message = cards.post(toSave, preview, requesterOwners, accepterOwners, allowed.notes());
        PeeringRequest saved;
        try {
            saved = store.save(toSave.withChange(toSave.change().withMessage(message.ts())));
        } catch (CloudException e) {
            log.warn("recording the change {} of {} failed", change.describe(), request.pcxId(), e);
            chat.update(message, new Notice.Step(false, "Could not record `/peer " + change.describe() + "`",
                    List.of(Conversation.explain(e), "Nothing was changed in AWS; ask again once that is fixed.")));
            Conversation.tell(chat, actor, Conversation.explain(e) + " Nothing changed.");
            return Optional.empty();
        }
        log.info("{} asked for /peer {} on {} (awaiting {})", actor.userId(), change.describe(), request.pcxId(),
                change.awaiting());
        String where = link(saved, saved.change());
        if (noOneElse) {
            chat.reply(ChangeCards.thread(saved), new Notice.Text("<@" + actor.userId() + "> owns both VPCs: no"
                    + " other approval needed. Applying now."));
            Conversation.tell(chat, actor, "You own both VPCs, so `/peer " + change.describe() + "` is applied now;"
                    + " each step is in the request's thread. " + where);
            return Optional.of(saved);
        }
        Conversation.tell(chat, actor, "Asked: `/peer " + change.describe() + "` on `" + request.pcxId()
                + "` is in the request's thread for approval; " + policy.whoMustApprove(change.awaiting(),
                requesterOwners, accepterOwners) + ". Nothing changes until then. " + where
                + (allowed.notes().isEmpty() ? "" : "\n" + String.join("\n", allowed.notes())));
        return Optional.empty();
    }

    private String link(PeeringRequest request, PeeringChange change) {
        MessageRef message = change.messageTs() != null
                ? new MessageRef(request.channel(), change.messageTs()) : ChangeCards.thread(request);
        String url = chat.permalink(message);
        return url.isEmpty() ? "(thread in <#" + request.channel() + ">)" : "<" + url + "|See the change>";
    }
}
