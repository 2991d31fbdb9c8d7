package io.peerbot.application.request;

import io.peerbot.application.usecase.Conversation;
import io.peerbot.application.lifecycle.Parties;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.engine.Preparation;
import io.peerbot.application.engine.Proposal;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;

/**
 * Everything checked before a peering is asked for or previewed: the engine's checks and plan, then that
 * both VPCs have owners. A refusal is answered privately to the person who typed.
 */
public final class ProposalCheck {
    private final PeeringEngine engine;
    private final Parties parties;
    private final ChatPort chat;

    public ProposalCheck(PeeringEngine engine, Parties parties, ChatPort chat) {
        this.engine = engine;
        this.parties = parties;
        this.chat = chat;
    }

    public record Checked(Proposal proposal, Parties.Both owners) {
    }

    public Optional<Checked> check(Actor actor, VpcRef requester, VpcRef accepter, PeeringOptions options) {
        Preparation preparation = engine.prepare(requester, accepter, options);
        if (preparation instanceof Preparation.Refused refused) {
            Conversation.refuse(chat, actor, refused.reasons());
            return Optional.empty();
        }
        Proposal proposal = ((Preparation.Ready) preparation).proposal();
        Parties.Both owners = parties.of(proposal.requester(), proposal.accepter());
        List<Rejection> ownerless = owners.missing(parties.ownersFileHint());
        if (!ownerless.isEmpty()) {
            Conversation.refuse(chat, actor, ownerless);
            return Optional.empty();
        }
        return Optional.of(new Checked(proposal, owners));
    }
}
