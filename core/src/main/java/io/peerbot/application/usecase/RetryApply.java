package io.peerbot.application.usecase;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.command.PeerCommand;
import io.peerbot.domain.request.ChangeState;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestState;
import java.util.Optional;

/**
 * {@code /peer retry <pcx-id>}: runs a failed apply, or a failed open, close or delete, again. Only the
 * requester, an owner or an admin may; the approvals already given stand, and the apply adds (or the change
 * removes) only what is left.
 */
public final class RetryApply {
    private final PeeringFinder finder;
    private final RequestParties parties;
    private final RequestStore store;
    private final ApprovalPolicy policy;
    private final ApplyRequest apply;
    private final ApplyChange applyChange;
    private final ChatPort chat;

    public RetryApply(PeeringFinder finder, RequestParties parties, RequestStore store, ApprovalPolicy policy,
                      ApplyRequest apply, ApplyChange applyChange, ChatPort chat) {
        this.applyChange = applyChange;
        this.finder = finder;
        this.parties = parties;
        this.store = store;
        this.policy = policy;
        this.apply = apply;
        this.chat = chat;
    }

    public void retry(Actor actor, PeerCommand.Retry command) {
        Optional<PeeringRequest> found = finder.request(command.pcxId());
        if (found.isEmpty()) {
            Conversation.tell(chat, actor, "I know no peering `" + command.pcxId() + "`. `/peer list` shows mine.");
            return;
        }
        PeeringRequest request = found.get();
        if (request.state() != RequestState.FAILED) {
            Conversation.tell(chat, actor, "`" + request.pcxId() + "` is " + request.state().tag()
                    + ", not failed: there is nothing to retry.");
            return;
        }
        boolean involved = actor.userId().equals(request.requestedBy()) || policy.isAdmin(actor.userId())
                || parties.ownersOf(request.requester()).includes(actor.userId())
                || parties.ownersOf(request.accepter()).includes(actor.userId());
        if (!involved) {
            Conversation.tell(chat, actor, "Only the requester, the owners of either VPC or an admin may retry `"
                    + request.pcxId() + "`. Nothing changed.");
            return;
        }
        boolean changeFailed = request.lastChange().filter(c -> c.state() == ChangeState.FAILED).isPresent();
        chat.reply(new MessageRef(request.channel(), request.threadTs()), new Notice.Text("<@" + actor.userId()
                + "> retries " + (changeFailed ? "`/peer " + request.change().describe() + "`." : "the apply.")));
        if (changeFailed) {
            applyChange.apply(store.save(request.beginChange()));
        } else {
            apply.apply(request);
        }
    }
}
