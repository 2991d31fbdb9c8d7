package io.peerbot.domain.policy;

/** A rule that denies the plan, and what it found wrong. */
public record PolicyDenial(PolicyRule rule, Violation violation) {
}
