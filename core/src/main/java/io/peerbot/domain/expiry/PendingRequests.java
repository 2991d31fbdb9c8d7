package io.peerbot.domain.expiry;

import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeState;
import java.time.Duration;
import java.time.Instant;

/**
 * When a request still awaiting approval is reminded of: first {@code remindAfter} after it was asked, then once a
 * day, until AWS drops it ({@link #AWS_KEEPS_REQUESTS} after it was made).
 */
public record PendingRequests(Duration remindAfter) {
    /** AWS expires a peering request not accepted within a week. */
    public static final Duration AWS_KEEPS_REQUESTS = Duration.ofDays(7);
    public static final Duration DEFAULT_REMIND_AFTER = Duration.ofHours(24);
    public static final Duration REMIND_EVERY = Duration.ofDays(1);

    public PendingRequests {
        if (remindAfter.isNegative() || remindAfter.isZero()) {
            throw new IllegalArgumentException("the first reminder comes after a positive time, not " + remindAfter);
        }
    }

    public boolean reminderDue(Change request, Instant now) {
        if (request.state() != ChangeState.AWAITING_APPROVAL) {
            return false;
        }
        Instant due = request.remindedAt() == null ? request.requestedAt().plus(remindAfter)
                : request.remindedAt().plus(REMIND_EVERY);
        return !now.isBefore(due);
    }

    public static Instant droppedByAwsAt(Change request) {
        return request.requestedAt().plus(AWS_KEEPS_REQUESTS);
    }
}
