package io.peerbot.config;

import io.peerbot.application.lease.LeaseSettings;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How replicas time their leases, as {@code PEERBOT_LEASE_TTL} and {@code PEERBOT_DECISION_WAIT} say (in the units
 * of the other durations: {@code 30s}, {@code 2m}); each unset one keeps {@link LeaseSettings#defaults()}. Leases are
 * renewed every third of the ttl.
 */
public final class LeaseTimings {
    static final String TTL = "PEERBOT_LEASE_TTL";
    static final String DECISION_WAIT = "PEERBOT_DECISION_WAIT";
    /**
     * Below this the margin between a renewal and the expiry (two thirds of the ttl) is no longer much larger than a
     * slow DynamoDB call with its retries, or than the clock skew between replicas.
     */
    static final Duration MIN_TTL = Duration.ofSeconds(10);
    /** How long a dead replica's work may wait for another to take it up; longer is a typo, not a choice. */
    static final Duration MAX_TTL = Duration.ofHours(1);
    /** A wait shorter than one round of DynamoDB calls answers "busy" to clicks another replica is about to finish. */
    static final Duration MIN_DECISION_WAIT = Duration.ofSeconds(1);
    /** Longer than this, a person who clicked is left without an answer for too long. */
    static final Duration MAX_DECISION_WAIT = Duration.ofMinutes(5);
    private static final Pattern BARE_NUMBER = Pattern.compile("\\d{1,6}");

    private LeaseTimings() {
    }

    static LeaseSettings read(EnvironmentReader read) {
        LeaseSettings settings = LeaseSettings.defaults();
        settings = read.value(TTL, between(MIN_TTL, MAX_TTL)).map(settings::withTtl).orElse(settings);
        return read.value(DECISION_WAIT, between(MIN_DECISION_WAIT, MAX_DECISION_WAIT))
                .map(settings::withDecisionWait).orElse(settings);
    }

    /** A duration as {@link Values#interval} reads it, from {@code min} to {@code max}. */
    static Function<String, Duration> between(Duration min, Duration max) {
        return text -> {
            try {
                Duration length = Values.interval(text);
                if (length.compareTo(min) >= 0 && length.compareTo(max) <= 0) {
                    return length;
                }
            } catch (IllegalArgumentException e) {
                // refused below, with the range
            }
            throw new IllegalArgumentException("must be a duration from " + shown(min) + " to " + shown(max)
                    + ": a whole number and a unit s, m, h or d, such as 30s or 2m, not '" + text + "'"
                    + hint(text.strip(), min, max));
        };
    }

    /** For a number without a unit that would fit as seconds, the value meant. */
    private static String hint(String text, Duration min, Duration max) {
        if (!BARE_NUMBER.matcher(text).matches()) {
            return "";
        }
        Duration seconds = Duration.ofSeconds(Long.parseLong(text));
        return seconds.compareTo(min) >= 0 && seconds.compareTo(max) <= 0 ? " (" + text + "s?)" : "";
    }

    /** The timings in use, as {@code doctor} and the start log say them. */
    public static String describe(LeaseSettings settings) {
        return "leases last " + shown(settings.ttl()) + " (" + TTL + "), renewed every "
                + shown(settings.renewEvery()) + "; a decision waits up to " + shown(settings.decisionWait())
                + " (" + DECISION_WAIT + ")";
    }

    /** {@code 10s}, {@code 5m}, {@code 1h}, {@code 3.3s}: as the setting is written, to a tenth of a second. */
    static String shown(Duration length) {
        long seconds = length.toSeconds();
        if (length.toNanosPart() != 0) {
            return String.format(Locale.ROOT, "%.1fs", length.toMillis() / 1000.0);
        }
        if (seconds > 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds > 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}
