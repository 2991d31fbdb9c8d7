package io.peerbot.domain.policy;

/**
 * A rule's {@code when:} expression, compiled by whoever read the policy file. Pure: it judges only the plan.
 */
public interface Condition {
    /** @throws ConditionException when the expression cannot be evaluated on this plan */
    boolean holds(PlannedPeering plan);

    /** The expression as written. */
    String text();

    /** Why an expression could not be evaluated; a rule whose condition fails denies (fail closed). */
    final class ConditionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConditionException(String message) {
            super(message);
        }
    }
}
