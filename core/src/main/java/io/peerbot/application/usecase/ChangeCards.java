package io.peerbot.application.usecase;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.change.ChangePreview;
import io.peerbot.domain.request.ChangeState;
import io.peerbot.domain.request.PeeringChange;
import io.peerbot.domain.request.PeeringRequest;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a change's message in the request's thread: with what it will do, read from AWS now, while
 * consent is awaited (the confirm dialog names it); without, once decided.
 */
final class ChangeCards {
    private static final Logger log = LoggerFactory.getLogger(ChangeCards.class);

    private final PeeringEngine engine;
    private final ChatPort chat;

    ChangeCards(PeeringEngine engine, ChatPort chat) {
        this.engine = engine;
        this.chat = chat;
    }

    static MessageRef thread(PeeringRequest request) {
        return new MessageRef(request.channel(), request.threadTs());
    }

    /** Posts the change's message in the request's thread; returns where it is. */
    MessageRef post(PeeringRequest request, ChangePreview preview, Owners requesterOwners, Owners accepterOwners,
                    List<String> notes) {
        return chat.reply(thread(request), new Notice.ChangeCard(request, request.change(), Optional.of(preview),
                requesterOwners, accepterOwners, notes));
    }

    /** Redraws the change's message as the request now records it; a failure to redraw is only logged. */
    void redraw(PeeringRequest request, Owners requesterOwners, Owners accepterOwners) {
        PeeringChange change = request.change();
        if (change == null || change.messageTs() == null) {
            return;
        }
        try {
            Optional<ChangePreview> preview = change.state() == ChangeState.AWAITING_APPROVAL
                    ? Optional.of(engine.preview(request, change.kind(), change.ports())) : Optional.empty();
            chat.update(new MessageRef(request.channel(), change.messageTs()), new Notice.ChangeCard(request, change,
                    preview, requesterOwners, accepterOwners, List.of()));
        } catch (RuntimeException e) {
            log.warn("could not redraw the change message of {}", request.pcxId(), e);
        }
    }
}
