package io.peerbot.application.usecase;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.approval.ClickVerdict;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.change.ChangeCheck;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.request.Approval;
import io.peerbot.domain.request.PeeringChange;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestReference.ChangeRef;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Approve and Deny on a change's message ({@code /peer open|close|delete}), called by {@link DecideRequest}
 * under the peering's lock with the request and owners read back from AWS.
 */
final class ChangeDecisions {
    private static final Logger log = LoggerFactory.getLogger(ChangeDecisions.class);

    private final RequestStore store;
    private final ApprovalPolicy policy;
    private final ChatPort chat;
    private final ChangeCards changeCards;
    private final Clock clock;

    ChangeDecisions(RequestStore store, ApprovalPolicy policy, ChatPort chat, ChangeCards changeCards, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.chat = chat;
        this.changeCards = changeCards;
        this.clock = clock;
    }

    /** The change the button names, if it is still the peering's latest; else the clicker is told why not. */
    private Optional<PeeringChange> named(Actor clicker, ChangeRef which, PeeringRequest request) {
        PeeringChange latest = request.change();
        if (latest == null || !which.names(latest)) {
            Conversation.tell(chat, clicker, "That button is for an earlier `/peer " + which.kind().tag() + "` on `"
                    + request.pcxId() + "`, which is no longer the peering's latest change. Nothing changed.");
            return Optional.empty();
        }
        return Optional.of(latest);
    }

    Optional<PeeringRequest> approve(Actor clicker, ChangeRef which, PeeringRequest request,
                                     PeeringStatus status, Owners requesterOwners, Owners accepterOwners) {
        Optional<PeeringChange> named = named(clicker, which, request);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        PeeringChange change = named.get();
        ClickVerdict verdict = policy.judgeApprove(clicker.userId(), change, requesterOwners, accepterOwners);
        if (verdict instanceof ClickVerdict.Refused refused) {
            Conversation.tell(chat, clicker, refused.reason());
            return Optional.empty();
        }
        Optional<String> notApplicable = ChangeCheck.notApplicable(request, status, change.kind());
        if (notApplicable.isPresent()) {
            Conversation.tell(chat, clicker, notApplicable.get() + " This change cannot be applied as it stands;"
                    + " deny it to clear it. Nothing changed.");
            return Optional.empty();
        }
        Set<Side> sides = ((ClickVerdict.Approves) verdict).sides();
        for (Side side : sides) {
            change = change.withApproval(new Approval(side, clicker.userId(), clock.instant()));
        }
        Set<Side> awaiting = change.awaiting();
        PeeringRequest updated = request.withChange(change);
        if (awaiting.isEmpty()) {
            updated = updated.beginChange();
        }
        store.save(updated);
        log.info("{} approved /peer {} on {} (still awaiting {})", clicker.userId(), change.describe(),
                request.pcxId(), awaiting);
        changeCards.redraw(updated, requesterOwners, accepterOwners);
        chat.reply(ChangeCards.thread(updated), new Notice.Text("<@" + clicker.userId() + "> approved `/peer "
                + change.describe() + "` for the " + Side.labels(sides) + " side" + (awaiting.isEmpty()
                ? ". Applying now." : ". Still waiting for the " + Side.labels(awaiting) + " side.")));
        return awaiting.isEmpty() ? Optional.of(updated) : Optional.empty();
    }

    Optional<PeeringRequest> deny(Actor clicker, ChangeRef which, PeeringRequest request,
                                  PeeringStatus status, Owners requesterOwners, Owners accepterOwners) {
        Optional<PeeringChange> named = named(clicker, which, request);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        PeeringChange change = named.get();
        ClickVerdict verdict = policy.judgeDeny(clicker.userId(), change, requesterOwners, accepterOwners);
        if (verdict instanceof ClickVerdict.Refused refused) {
            Conversation.tell(chat, clicker, refused.reason());
            return Optional.empty();
        }
        PeeringRequest denied = store.save(request.withChange(change.deniedBy(clicker.userId())));
        log.info("{} denied /peer {} on {}", clicker.userId(), change.describe(), request.pcxId());
        changeCards.redraw(denied, requesterOwners, accepterOwners);
        chat.reply(ChangeCards.thread(denied), new Notice.Text("<@" + clicker.userId() + "> denied `/peer "
                + change.describe() + "`; nothing was changed in AWS."));
        return Optional.empty();
    }
}
