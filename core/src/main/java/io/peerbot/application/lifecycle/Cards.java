package io.peerbot.application.lifecycle;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.policy.ExtraApproval;
import io.peerbot.domain.policy.ExtraConsent;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a change's card, whatever its kind, from what was read once for the decision: never another read.
 * The creation's card is the thread's first message; a later change's is its own reply in the thread, and
 * finishing one redraws the creation's card too (the peering's stage and ports now), never its record.
 */
public final class Cards {
    private static final Logger log = LoggerFactory.getLogger(Cards.class);

    private final ChatPort chat;
    private final PeeringEngine engine;
    private final ChangePolicy policy;

    public Cards(ChatPort chat, PeeringEngine engine) {
        this(chat, engine, null);
    }

    /** {@code policy}: the policy on changes, whose extra approvers the cards of the changes that need them show. */
    public Cards(ChatPort chat, PeeringEngine engine, ChangePolicy policy) {
        this.chat = chat;
        this.engine = engine;
        this.policy = policy;
    }

    public static Notice.ChangeCard card(ManagedPeering peering, Change change, Scene scene, ChangePlan plan,
                                  List<PortRange> leftOut) {
        return card(peering, change, scene, plan, leftOut, List.of());
    }

    /** The card, asking also for the {@code extras} the policy requires. */
    public static Notice.ChangeCard card(ManagedPeering peering, Change change, Scene scene, ChangePlan plan,
                                         List<PortRange> leftOut, List<ExtraApproval> extras) {
        return new Notice.ChangeCard(peering, change, scene.reading().requester(), scene.reading().accepter(),
                scene.requesterOwners(), scene.accepterOwners(), plan, leftOut, extras);
    }

    /** What the policy says of the change on this reading: what denies it, and the extra approvals it asks. */
    public ChangePolicy.Standing policyOn(ManagedPeering peering, Change change, Scene scene) {
        return policy == null ? ChangePolicy.Standing.none() : policy.judge(peering, change, scene.reading());
    }

    /** The extra approvals the policy asks of the change, judged on this reading. */
    public ExtraConsent extraConsent(ManagedPeering peering, Change change, Scene scene) {
        return policyOn(peering, change, scene).extras();
    }

    private Notice.ChangeCard cardOf(ManagedPeering peering, Change change, Scene scene, ChangePlan plan,
                                     List<PortRange> leftOut) {
        return card(peering, change, scene, plan, leftOut, extraConsent(peering, change, scene).required());
    }

    /** Posts a later change's card in the peering's thread; returns where it is. */
    public MessageRef post(ManagedPeering peering, Change change, Scene scene, ChangePlan plan, List<PortRange> leftOut) {
        return chat.replyNow(peering.thread(), cardOf(peering, change, scene, plan, leftOut));
    }

    /** Redraws the change's card as the peering now records it; a failure to redraw is only logged. */
    public void redraw(ManagedPeering peering, Change change, Scene scene, ChangePlan plan) {
        MessageRef where = peering.cardOf(change);
        if (where == null) {
            return;
        }
        try {
            chat.update(where, cardOf(peering, change, scene, plan, List.of()));
        } catch (RuntimeException e) {
            log.warn("could not redraw the card of {} on {}", change.describe(), peering.id(), e);
        }
    }

    /** Redraws the change's card and, for a later change, the creation's card (its stage now). */
    public void redrawAll(ManagedPeering peering, Change change, Scene scene, ChangePlan plan) {
        redraw(peering, change, scene, plan);
        if (!change.ref().equals(peering.creation().ref())) {
            redraw(peering, peering.creation(), scene, engine.plan(peering, peering.creation(), scene.reading()));
        }
    }
}
