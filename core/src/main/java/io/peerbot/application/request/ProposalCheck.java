package io.peerbot.application.request;

import io.peerbot.application.usecase.Conversation;
import io.peerbot.application.lifecycle.Parties;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.engine.Preparation;
import io.peerbot.application.engine.Proposal;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.PeeringCommand;
import io.peerbot.application.policy.PolicyGate;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything checked before a peering is asked for or previewed: the engine's checks and plan, that both VPCs
 * have owners, then the policy on that plan. A refusal is answered privately to the person who typed; a preview
 * shows the plan with what the policy says of it.
 */
public final class ProposalCheck {
    private static final Logger log = LoggerFactory.getLogger(ProposalCheck.class);

    private final PeeringEngine engine;
    private final Parties parties;
    private final ChatPort chat;
    private final PolicyGate policy;
    private final Set<String> admins;
    private final ManagedPeerings records;

    public ProposalCheck(PeeringEngine engine, Parties parties, ChatPort chat, PolicyGate policy, Set<String> admins,
                         ManagedPeerings records) {
        this.records = records;
        this.engine = engine;
        this.parties = parties;
        this.chat = chat;
        this.policy = policy;
        this.admins = Set.copyOf(admins);
    }

    public record Checked(Proposal proposal, Parties.Both owners, PolicyGate.Verdict policy) {
    }

    /** For a request: a plan the policy denies (and no admin overrides) is refused. */
    public Optional<Checked> check(PeeringCommand command) {
        return check(command, Notice.Proposed.Kind.REQUEST);
    }

    /**
     * {@code PLAN}: the plan is shown even where the policy denies it, with the denial. Every refusal names the
     * command's peering and whether it was a plan or a request.
     */
    public Optional<Checked> check(PeeringCommand command, Notice.Proposed.Kind kind) {
        Actor actor = command.asker();
        Notice.Proposed proposed = command.proposed(kind);
        PeeringOptions options = command.options();
        List<Rejection> tooLong = new ArrayList<>();
        if (!records.keepsWhole(options.reason())) {
            tooLong.add(new Rejection.TextTooLongToKeep("--reason", options.reason().length()));
        }
        if (!records.keepsWhole(options.override())) {
            tooLong.add(new Rejection.TextTooLongToKeep("--override", options.override().length()));
        }
        if (!tooLong.isEmpty()) {
            Conversation.refuse(chat, actor, proposed, tooLong);
            return Optional.empty();
        }
        Preparation preparation = engine.prepare(command.requester(), command.accepter(), options);
        if (preparation instanceof Preparation.Refused refused) {
            Conversation.refuse(chat, actor, proposed, refused.reasons());
            return Optional.empty();
        }
        Proposal proposal = ((Preparation.Ready) preparation).proposal();
        Parties.Both owners = parties.of(proposal.requester(), proposal.accepter());
        List<Rejection> ownerless = owners.missing(parties.ownersFileHint());
        if (!ownerless.isEmpty()) {
            Conversation.refuse(chat, actor, proposed, ownerless);
            return Optional.empty();
        }
        PolicyGate.Verdict verdict = policy.judge(actor.userId(), PolicyGate.planned("create", proposal.requester(),
                proposal.accepter(), options.ports(), options), options.override());
        if (verdict instanceof PolicyGate.Verdict.OverrideRefused) {
            Conversation.refuse(chat, actor, proposed, new Notice.OverrideNotAllowed(admins));
            return Optional.empty();
        }
        if (verdict instanceof PolicyGate.Verdict.Denied denied && kind == Notice.Proposed.Kind.REQUEST) {
            log.info("the policy denies {}'s peering of {} with {}: {}", actor.userId(), proposal.requester().id(),
                    proposal.accepter().id(), denied.decision().denials().stream().map(d -> d.rule().name()).toList());
            Conversation.refuse(chat, actor, proposed, new Notice.PolicyDenied(denied.decision().denials(),
                    policy.guardrails().source(), denied.mayOverride()));
            return Optional.empty();
        }
        return Optional.of(new Checked(proposal, owners, verdict));
    }
}
