package io.peerbot.domain.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * One named rule of the policy file: where it is ({@code line}, 1-based), which peerings it covers, an optional
 * {@code when:} condition on the plan, what it does, and the words its author gave for it ({@code message},
 * may be empty).
 */
public record PolicyRule(String name, int line, RuleScope scope, Optional<Condition> when, RuleEffect effect,
                         String message) {
    public PolicyRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(effect, "effect");
        message = message == null ? "" : message;
    }

    /** Whether the rule speaks to this plan: its scope covers the two VPCs and its condition holds. */
    boolean applies(PlannedPeering plan) {
        return scope.covers(plan.requester(), plan.accepter()) && (when.isEmpty() || when.get().holds(plan));
    }
}
