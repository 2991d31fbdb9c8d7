package io.peerbot.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy (SPEC §11): named rules, in the order of their file ({@code source}, empty for no policy),
 * judged on the concrete plan of every request and change. Every rule that applies is judged, so a denial
 * names all the rules it breaks, not only the first.
 */
public record Guardrails(String source, List<PolicyRule> rules) {
    public Guardrails {
        Objects.requireNonNull(source, "source");
        rules = List.copyOf(rules);
    }

    /** No policy file: everything the other checks allow is allowed. */
    public static Guardrails none() {
        return new Guardrails("", List.of());
    }

    public boolean configured() {
        return !source.isEmpty();
    }

    public PolicyDecision judge(PlannedPeering plan) {
        List<PolicyDenial> denials = new ArrayList<>();
        List<ExtraApproval> approvals = new ArrayList<>();
        for (PolicyRule rule : rules) {
            boolean applies;
            try {
                applies = rule.applies(plan);
            } catch (Condition.ConditionException e) {
                denials.add(new PolicyDenial(rule, new Violation.ConditionFailed(
                        rule.when().map(Condition::text).orElse(""), e.getMessage())));
                continue;
            }
            if (!applies) {
                continue;
            }
            if (rule.effect() instanceof RuleEffect.ExtraApprovers extra) {
                approvals.add(new ExtraApproval(rule, extra.approvers()));
            }
            Optional<Violation> violation = rule.effect().judge(plan);
            violation.ifPresent(v -> denials.add(new PolicyDenial(rule, v)));
        }
        return new PolicyDecision(denials, approvals);
    }

    /** The rules that may apply to a peering with {@code vpc} on some side (their conditions aside). */
    public List<PolicyRule> about(VpcFacts vpc) {
        return rules.stream().filter(r -> r.scope().mentions(vpc)).toList();
    }
}
