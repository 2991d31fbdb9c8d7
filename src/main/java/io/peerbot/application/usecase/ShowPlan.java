package io.peerbot.application.usecase;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.engine.Preparation;
import io.peerbot.application.engine.Proposal;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.command.PeerCommand;

/** {@code /peer plan <vpc> <vpc>}: the checks and the plan, shown only to the asker; nothing changes. */
public final class ShowPlan {
    private final PeeringEngine engine;
    private final RequestParties parties;
    private final ChatPort chat;

    public ShowPlan(PeeringEngine engine, RequestParties parties, ChatPort chat) {
        this.engine = engine;
        this.parties = parties;
        this.chat = chat;
    }

    public void show(Actor actor, PeerCommand.ShowPlan command) {
        Preparation preparation = engine.prepare(command.requester(), command.accepter(), command.options());
        if (preparation instanceof Preparation.Refused refused) {
            Conversation.refuse(chat, actor, refused.reasons());
            return;
        }
        Proposal proposal = ((Preparation.Ready) preparation).proposal();
        RequestParties.Both owners = parties.of(proposal.requester(), proposal.accepter());
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.PlanPreview(proposal.requester(),
                proposal.accepter(), owners.requester(), owners.accepter(), proposal.plan()));
    }
}
