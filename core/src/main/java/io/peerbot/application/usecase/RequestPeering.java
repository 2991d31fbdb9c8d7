package io.peerbot.application.usecase;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.engine.Proposal;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.command.PeerCommand;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.request.Approval;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestState;
import io.peerbot.domain.request.RequestTags;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /peer <vpc> <vpc>}: checks the request, creates the peering (pending acceptance, tagged with
 * the request) and posts the request message with its plan and buttons. If the requester owns both
 * sides, no one else needs to approve and the apply starts at once.
 */
public final class RequestPeering {
    private static final Logger log = LoggerFactory.getLogger(RequestPeering.class);

    private final PeeringEngine engine;
    private final ProposalCheck proposals;
    private final ApprovalPolicy policy;
    private final ChatPort chat;
    private final RequestStore store;
    private final ApplyRequest apply;
    private final Clock clock;

    RequestPeering(PeeringEngine engine, ProposalCheck proposals, ApprovalPolicy policy, ChatPort chat,
                   RequestStore store, ApplyRequest apply, Clock clock) {
        this.store = store;
        this.engine = engine;
        this.proposals = proposals;
        this.policy = policy;
        this.chat = chat;
        this.apply = apply;
        this.clock = clock;
    }

    public void request(Actor actor, PeerCommand.Request command) {
        Optional<ProposalCheck.Checked> checked =
                proposals.check(actor, command.requester(), command.accepter(), command.options());
        if (checked.isEmpty()) {
            return;
        }
        Proposal proposal = checked.get().proposal();
        RequestParties.Both owners = checked.get().owners();

        MessageRef card = chat.post(actor.channel(), new Notice.Preparing(actor.userId(),
                proposal.requester().displayName(), proposal.accepter().displayName()));
        PeeringRequest draft = draft(actor, card, command, proposal, owners);
        String pcxId;
        try {
            pcxId = engine.create(proposal, RequestTags.encode(draft, nameOf(proposal.requester()),
                    nameOf(proposal.accepter())));
        } catch (CloudException e) {
            log.warn("creating the peering for {} failed", draft.requestedBy(), e);
            chat.update(card, new Notice.Step(false, "Could not create the peering connection",
                    List.of(Conversation.explain(e), "Nothing was changed in AWS.")));
            return;
        }
        PeeringRequest request = withId(draft, pcxId);
        log.info("{} requested {} ({} -> {})", actor.userId(), pcxId, request.requester().vpcId(),
                request.accepter().vpcId());
        Set<Side> awaiting = request.awaiting();
        chat.update(card, new Notice.RequestCard(request, proposal.requester(), proposal.accepter(),
                owners.requester(), owners.accepter(), proposal.plan(), awaiting));
        if (PlanSize.summarisedOnCard(proposal.plan())) {
            chat.reply(card, new Notice.FullPlan(proposal.plan()));
        }
        if (awaiting.isEmpty()) {
            chat.reply(card, new Notice.Text("<@" + actor.userId() + "> owns both VPCs: no other approval needed."));
            apply.apply(store.save(request.withState(RequestState.APPROVED)));
        }
    }

    private PeeringRequest draft(Actor actor, MessageRef card, PeerCommand.Request command, Proposal proposal,
                                 RequestParties.Both owners) {
        List<Approval> consent = new ArrayList<>();
        for (Side side : policy.consentedByRequesting(actor.userId(), owners.requester(), owners.accepter())) {
            consent.add(new Approval(side, actor.userId(), clock.instant()));
        }
        return new PeeringRequest(null, sideOf(proposal.requester()), sideOf(proposal.accepter()),
                actor.userId(), card.channel(), card.ts(), command.options(), consent, null,
                RequestState.AWAITING_APPROVAL, clock.instant());
    }

    private static String nameOf(VpcSnapshot vpc) {
        return vpc.name().orElse(vpc.id());
    }

    private static PeeringSide sideOf(VpcSnapshot vpc) {
        return new PeeringSide(vpc.id(), vpc.location(), vpc.cidrBlocks());
    }

    private static PeeringRequest withId(PeeringRequest d, String pcxId) {
        return new PeeringRequest(pcxId, d.requester(), d.accepter(), d.requestedBy(), d.channel(), d.threadTs(),
                d.options(), d.approvals(), d.deniedBy(), d.state(), d.createdAt());
    }
}
