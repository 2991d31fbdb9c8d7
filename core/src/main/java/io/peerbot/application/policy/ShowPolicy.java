package io.peerbot.application.policy;

import io.peerbot.application.engine.VpcResolver;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.application.usecase.Conversation;
import io.peerbot.domain.command.TypedCommand;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PolicyRule;
import io.peerbot.domain.policy.VpcFacts;
import java.util.List;
import java.util.Optional;

/**
 * {@code /peer policy [vpc]}: the rules of the policy, or those that may apply to a peering of the VPC named
 * (their {@code when:} conditions aside, which depend on the plan); answered privately.
 */
public final class ShowPolicy {
    private final Guardrails guardrails;
    private final VpcResolver resolver;
    private final ChatPort chat;

    public ShowPolicy(Guardrails guardrails, VpcResolver resolver, ChatPort chat) {
        this.guardrails = guardrails;
        this.resolver = resolver;
        this.chat = chat;
    }

    public void show(Actor actor, TypedCommand.ShowPolicy command) {
        if (command.vpc().isEmpty()) {
            Conversation.tell(chat, actor, new Notice.PolicyRules(Optional.empty(), guardrails.source(),
                    guardrails.rules(), guardrails.rules().size()));
            return;
        }
        VpcResolver.Resolution resolution = resolver.resolve(command.vpc().get());
        if (resolution instanceof VpcResolver.NotFound notFound) {
            Conversation.refuse(chat, actor, notFound.reason());
            return;
        }
        VpcSummary vpc = ((VpcResolver.Found) resolution).vpc();
        List<PolicyRule> rules = guardrails.about(new VpcFacts(vpc.id(), vpc.tags().getOrDefault("Name", ""),
                vpc.location().account(), vpc.location().region(), vpc.tags()));
        Conversation.tell(chat, actor, new Notice.PolicyRules(Optional.of(vpc.displayName()), guardrails.source(),
                rules, guardrails.rules().size()));
    }
}
