package io.peerbot.application.request;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.lifecycle.Parties;
import io.peerbot.application.lifecycle.Scene;
import io.peerbot.application.lifecycle.ShownPlans;
import io.peerbot.application.engine.Proposal;
import io.peerbot.application.engine.Reading;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.application.policy.PolicyGate;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.application.port.in.PeeringCommand;
import io.peerbot.application.port.in.RequestPeeringUseCase;
import io.peerbot.application.usecase.Conversation;
import io.peerbot.domain.validation.Rejection;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.policy.ExtraApproval;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /peer <vpc> <vpc>}: checks the request, creates the peering (pending acceptance) with its creation
 * recorded on it, and posts the creation's card with its plan and buttons. If the requester owns both sides,
 * no one else needs to approve and the apply starts at once, from the VPCs as the checks read them. The
 * requester account's outstanding requests are counted again and the peering created in that account and
 * region's turn ({@link RequestTurns}); every refusal names the request it answers.
 */
public final class RequestPeering implements RequestPeeringUseCase {
    private static final Logger log = LoggerFactory.getLogger(RequestPeering.class);

    private final ProposalCheck proposals;
    private final ApprovalPolicy policy;
    private final ChatPort chat;
    private final ManagedPeerings peerings;
    private final ChangeRunner runner;
    private final Clock clock;
    private final ShownPlans shown;
    private final PairClaims claims;
    private final RequestTurns turns;

    /**
     * @param claims the pairs being requested now, across replicas when they share leases
     * @param turns  whose turn it is to count an account's outstanding requests and create one more
     */
    public RequestPeering(ProposalCheck proposals, ApprovalPolicy policy, ChatPort chat, ManagedPeerings peerings,
                   ChangeRunner runner, ShownPlans shown, Clock clock, PairClaims claims, RequestTurns turns) {
        this.shown = shown;
        this.claims = claims;
        this.turns = turns;
        this.proposals = proposals;
        this.policy = policy;
        this.chat = chat;
        this.peerings = peerings;
        this.runner = runner;
        this.clock = clock;
    }

    @Override
    public void request(PeeringCommand command) {
        Actor actor = command.asker();
        Notice.Proposed proposed = command.proposed(Notice.Proposed.Kind.REQUEST);
        Optional<ProposalCheck.Checked> checked = proposals.check(command);
        if (checked.isEmpty()) {
            return;
        }
        Proposal proposal = checked.get().proposal();
        VpcSnapshot requester = proposal.requester();
        VpcSnapshot accepter = proposal.accepter();
        Optional<PairClaims.Claim> underway = claims.claim(PairClaims.Pair.of(requester, accepter), actor.userId());
        if (underway.isPresent()) {
            Conversation.refuse(chat, actor, proposed, List.of(new Rejection.RequestUnderway(
                    requester.displayName(), accepter.displayName(), underway.get().askedBy(),
                    underway.get().card().map(chat::permalink).orElse(""))));
            return;
        }
        try {
            // The card is posted before the account's turn: a turn lasts a count and a create, not a Slack post.
            Notice.Preparing preparing = new Notice.Preparing(actor.userId(), requester.displayName(),
                    accepter.displayName());
            MessageRef card = chat.post(actor.channel(), preparing);
            claims.cardPosted(PairClaims.Pair.of(requester, accepter), card);
            RequestTurns.Turn<Optional<Requested>> turn;
            try {
                turn = turns.take(requester, () -> create(command, checked.get(), card, preparing),
                        made -> made.map(requested -> requested.peering().id().value()));
            } catch (CloudException e) {
                // the count failed (the create's own failures are told in create): the card must not keep waiting
                chat.update(card, new Notice.RequestNotMade(preparing, new Notice.CreationFailed(Problem.of(e))));
                throw e;
            }
            if (turn instanceof RequestTurns.Turn.Busy) {
                log.info("{}'s request for {} waited in vain for its turn in {}", actor.userId(), requester.id(),
                        requester.location());
                notMade(card, preparing, command, new Notice.RequestsBusy(requester.location()));
            } else if (turn instanceof RequestTurns.Turn.OverQuota<Optional<Requested>> over) {
                log.info("{}'s request for {} is over {}'s outstanding-requests quota", actor.userId(),
                        requester.id(), requester.location());
                notMade(card, preparing, command, new Notice.Rejected(over.reasons()));
            } else if (turn instanceof RequestTurns.Turn.Made<Optional<Requested>> made) {
                made.made().ifPresent(requested -> carryOn(command, checked.get(), requested));
            }
        } finally {
            claims.release(PairClaims.Pair.of(requester, accepter));
        }
    }

    /** A request not made, {@code why}: its card says so, and the asker is told privately. */
    private void notMade(MessageRef card, Notice.Preparing preparing, PeeringCommand command, Notice why) {
        chat.update(card, new Notice.RequestNotMade(preparing, why));
        Conversation.refuse(chat, command.asker(), command.proposed(Notice.Proposed.Kind.REQUEST), why);
    }

    /** A peering created for a request, pending acceptance, with its card and the change that asks for it. */
    private record Requested(ManagedPeering peering, MessageRef card, Change creation) {
    }

    /**
     * Creates the peering and records the creation on it, with its card: the part of a request made in its turn.
     * Empty when EC2 did not create it (the card says why).
     */
    private Optional<Requested> create(PeeringCommand command, ProposalCheck.Checked checked, MessageRef card,
                                       Notice.Preparing preparing) {
        Actor actor = command.asker();
        Proposal proposal = checked.proposal();
        Parties.Both owners = checked.owners();
        // The plan's digest leaves out the connection's id, so consent can be bound before EC2 names it.
        Instant now = clock.instant();
        Instant endsAt = command.lasting().map(l -> now.plus(l.length())).orElse(null);
        ChangePlan shownPlan = ChangePlan.creating("", command.options().ports(), proposal.plan()).ending(endsAt);
        shown.remember(shownPlan);
        Change creation = Change.asked(ChangeKind.CREATE, command.options().ports(), actor.userId(), now,
                policy.consentedByAsking(actor.userId(), owners.requester(), owners.accepter()), endsAt)
                .boundTo(shownPlan.digest().value());
        ManagedPeering draft = new ManagedPeering(null, sideOf(proposal.requester()), sideOf(proposal.accepter()),
                card, recorded(command.options(), checked.policy()), creation, null);
        PcxId pcxId;
        try {
            pcxId = peerings.create(draft, nameOf(proposal.requester()), nameOf(proposal.accepter()));
        } catch (CloudException e) {
            log.warn("creating the peering for {} failed", actor.userId(), e);
            notMade(card, preparing, command, new Notice.CreationFailed(Problem.of(e),
                    e instanceof ManagedPeerings.LeftPending left ? Optional.of(left.id()) : Optional.empty()));
            return Optional.empty();
        }
        claims.created(PairClaims.Pair.of(proposal.requester(), proposal.accepter()));
        return Optional.of(new Requested(draft.withId(pcxId), card, creation));
    }

    /** After the turn: the card with its plan and buttons, and the apply when no one else needs to approve. */
    private void carryOn(PeeringCommand command, ProposalCheck.Checked checked, Requested requested) {
        Actor actor = command.asker();
        Proposal proposal = checked.proposal();
        Parties.Both owners = checked.owners();
        ManagedPeering peering = requested.peering();
        MessageRef card = requested.card();
        Change creation = requested.creation();
        PcxId pcxId = peering.id();
        Optional<PeeringConnection> refused = refusedByAws(peering);
        if (refused.isPresent()) {
            close(card, peering, refused.get());
            return;
        }
        log.info("{} requested {} ({} -> {})", actor.userId(), pcxId, peering.requester().vpcId(),
                peering.accepter().vpcId());
        Scene scene = new Scene(new Reading(PeeringStatus.PENDING_ACCEPTANCE, proposal.requester(),
                proposal.accepter()), owners.requester(), owners.accepter());
        ChangePlan plan = ChangePlan.creating(pcxId.value(), creation.ports(), proposal.plan())
                .ending(creation.endsAt());
        List<ExtraApproval> extras = checked.policy().decision().approvals();
        boolean noOneElse = creation.awaiting().isEmpty() && extras.isEmpty();
        // begun before the card shows it, so the card never has buttons for a change no one else decides
        ManagedPeering shown = noOneElse ? peering.begin(creation.ref()) : peering;
        if (noOneElse) {
            peerings.save(shown);
        }
        chat.update(card, Cards.card(shown, shown.creation(), scene, plan, List.of(), extras));
        if (checked.policy() instanceof PolicyGate.Verdict.Overridden overridden) {
            log.warn("{} overrode the policy for {}: {} ({})", actor.userId(), pcxId, overridden.why(),
                    overridden.decision().denials().stream().map(d -> d.rule().name()).toList());
            chat.reply(card, new Notice.PolicyOverridden(actor.userId(), overridden.decision().denials(),
                    overridden.why()));
        }
        if (PlanSize.summarisedOnCard(proposal.plan())) {
            chat.reply(card, new Notice.FullPlan(proposal.plan()));
        }
        if (noOneElse) {
            chat.reply(card, new Notice.NoOtherApprovalNeeded(actor.userId(), creation));
            runner.run(new ChangeRunner.Begun(shown, creation.ref(), scene, plan, actor.userId()));
        }
    }

    /** The override is recorded only where it overrode a denial. */
    private static PeeringOptions recorded(PeeringOptions options, PolicyGate.Verdict policy) {
        return policy instanceof PolicyGate.Verdict.Overridden ? options : options.overriding("");
    }

    /**
     * The connection, when EC2 did not pass the request on for acceptance (e.g. {@code failed}: overlapping
     * blocks it found itself); empty when it is pending, or when its status cannot be read now (the approvals
     * then run into the reason when they accept).
     */
    private Optional<PeeringConnection> refusedByAws(ManagedPeering peering) {
        try {
            return peerings.requested(peering.id(), peering.requester().location())
                    .filter(made -> !made.status().live());
        } catch (CloudException e) {
            log.warn("could not read the status of the new peering {}", peering.id(), e);
            return Optional.empty();
        }
    }

    /** Closes a request EC2 failed: nothing to approve, the reason on its card and in its thread. */
    private void close(MessageRef card, ManagedPeering peering, PeeringConnection made) {
        log.info("EC2 made {} {}: {}", peering.id(), made.status().code(), made.statusMessage());
        try {
            peerings.save(peering.expire());
        } catch (CloudException e) {
            log.warn("could not record that {} is closed", peering.id(), e);
        }
        Notice.RequestFailedInAws failed = new Notice.RequestFailedInAws(peering.id(), made.status(),
                made.statusMessage());
        chat.update(card, failed);
        chat.reply(card, failed);
    }

    private static String nameOf(VpcSnapshot vpc) {
        return vpc.name().orElse(vpc.id());
    }

    private static PeeringSide sideOf(VpcSnapshot vpc) {
        return new PeeringSide(vpc.id(), vpc.location(), vpc.cidrBlocks());
    }
}
