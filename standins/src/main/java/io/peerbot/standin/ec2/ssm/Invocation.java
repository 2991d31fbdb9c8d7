package io.peerbot.standin.ec2.ssm;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One command on one instance. Its result is worked out when it is sent; its status follows the clock:
 * {@code Pending}, then {@code InProgress}, then {@code Success} or {@code Failed} once the completion delay
 * has passed — or {@code InProgress} for ever when it hangs, until cancelled.
 */
final class Invocation {
    private final SsmFleet.SentCommand command;
    private final Instant requestedAt;
    private final Duration delay;
    private final InstanceShell.Result result;
    private final AtomicInteger hiddenPollsLeft;
    private volatile Instant cancelledAt;

    Invocation(SsmFleet.SentCommand command, Instant requestedAt, Duration delay, InstanceShell.Result result,
               int hiddenPolls) {
        this.command = command;
        this.requestedAt = requestedAt;
        this.delay = delay;
        this.result = result;
        this.hiddenPollsLeft = new AtomicInteger(hiddenPolls);
    }

    SsmFleet.SentCommand command() {
        return command;
    }

    Instant requestedAt() {
        return requestedAt;
    }

    /** Whether this poll may see it yet (SSM needs a moment after {@code SendCommand}). */
    boolean visible() {
        return hiddenPollsLeft.getAndUpdate(n -> Math.max(0, n - 1)) <= 0;
    }

    void cancel(Instant at) {
        if (!finished(at)) {
            cancelledAt = at;
        }
    }

    /** {@code Pending}, {@code InProgress}, {@code Success}, {@code Failed} or {@code Cancelled}. */
    String status(Instant now) {
        if (cancelledAt != null) {
            return "Cancelled";
        }
        if (!finished(now)) {
            boolean early = Duration.between(requestedAt, now).compareTo(delay.dividedBy(2)) < 0 && !result.hangs();
            return early ? "Pending" : "InProgress";
        }
        return result.exitCode() == 0 ? "Success" : "Failed";
    }

    boolean finished(Instant now) {
        return !result.hangs() && cancelledAt == null && !now.isBefore(requestedAt.plus(delay));
    }

    Instant endedAt() {
        return cancelledAt != null ? cancelledAt : requestedAt.plus(delay);
    }

    InstanceShell.Result result() {
        return result;
    }
}
