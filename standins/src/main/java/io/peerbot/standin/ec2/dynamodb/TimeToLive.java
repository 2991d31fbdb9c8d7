package io.peerbot.standin.ec2.dynamodb;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A table's time to live as {@code DescribeTimeToLive} reports it: {@code DISABLED}, or {@code ENABLED} on one
 * attribute. {@code UpdateTimeToLive} is refused as DynamoDB refuses it: to enable what is enabled (even on another
 * attribute: it must be disabled first), to disable what is disabled, and any change within an hour of the last
 * one. A change shows at once; DynamoDB may report {@code ENABLING} or {@code DISABLING} for a while, which this
 * stand-in does not.
 *
 * @param attribute the attribute items expire by, when enabled
 * @param changed   when {@code UpdateTimeToLive} last changed it; empty when it never did
 */
record TimeToLive(Optional<String> attribute, Optional<Instant> changed) {
    /** How long DynamoDB takes to process a change, during which it refuses another. */
    static final Duration CHANGE_TAKES = Duration.ofHours(1);

    static TimeToLive disabled() {
        return new TimeToLive(Optional.empty(), Optional.empty());
    }

    static TimeToLive enabledOn(String attribute) {
        return new TimeToLive(Optional.of(attribute), Optional.empty());
    }

    boolean enabled() {
        return attribute.isPresent();
    }

    String status() {
        return enabled() ? "ENABLED" : "DISABLED";
    }

    /**
     * The time to live after {@code UpdateTimeToLive} asked for {@code enable} on {@code attributeName} at
     * {@code now}.
     */
    TimeToLive change(boolean enable, String attributeName, Instant now) {
        if (changed.isPresent() && now.isBefore(changed.get().plus(CHANGE_TAKES))) {
            throw DynamoDbErrors.validation("Time to live has been modified multiple times within a fixed interval");
        }
        if (enable && enabled()) {
            throw DynamoDbErrors.validation("TimeToLive is already enabled");
        }
        if (!enable && !enabled()) {
            throw DynamoDbErrors.validation("TimeToLive is already disabled");
        }
        return new TimeToLive(enable ? Optional.of(attributeName) : Optional.empty(), Optional.of(now));
    }
}
