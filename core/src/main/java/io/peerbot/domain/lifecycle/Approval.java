package io.peerbot.domain.lifecycle;

import io.peerbot.domain.peering.Side;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Consent to a change by a Slack user, at a time kept to the second: for one side of the peering (its owners), or,
 * with {@code rule} set, as one of the extra approvers that policy rule asks for (then there is no side).
 */
public record Approval(Side side, String userId, Instant at, String rule) {
    public Approval {
        Objects.requireNonNull(userId, "userId");
        at = at.truncatedTo(ChronoUnit.SECONDS);
        rule = rule == null ? "" : rule;
        if (rule.isEmpty() == (side == null)) {
            throw new IllegalArgumentException("an approval is for a side or for a policy rule's extra approvers");
        }
    }

    /** An owner's consent for {@code side}. */
    public Approval(Side side, String userId, Instant at) {
        this(Objects.requireNonNull(side, "side"), userId, at, "");
    }

    /** Consent from one of the extra approvers the policy rule named {@code rule} asks for. */
    public static Approval extra(String rule, String userId, Instant at) {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("an extra approval names its policy rule");
        }
        return new Approval(null, userId, at, rule);
    }

    /** Given as an extra approver rather than for a side. */
    public boolean extra() {
        return !rule.isEmpty();
    }
}
