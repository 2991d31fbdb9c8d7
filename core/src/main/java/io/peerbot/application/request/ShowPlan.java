package io.peerbot.application.request;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.PeeringCommand;
import io.peerbot.application.port.in.ShowPlanUseCase;

/**
 * {@code /peer plan <vpc> <vpc>}: the same checks as a request, and the plan with what the policy says of it
 * (the rules that would deny it), shown only to the asker; nothing changes.
 */
public final class ShowPlan implements ShowPlanUseCase {
    private final ProposalCheck proposals;
    private final ChatPort chat;

    public ShowPlan(ProposalCheck proposals, ChatPort chat) {
        this.proposals = proposals;
        this.chat = chat;
    }

    @Override
    public void show(PeeringCommand command) {
        Actor actor = command.asker();
        proposals.check(command, Notice.Proposed.Kind.PLAN).ifPresent(checked ->
                chat.tellPrivately(actor.channel(), actor.userId(), new Notice.PlanPreview(
                        checked.proposal().requester(), checked.proposal().accepter(), checked.owners().requester(),
                        checked.owners().accepter(), checked.proposal().plan(), checked.policy().decision())));
    }
}
