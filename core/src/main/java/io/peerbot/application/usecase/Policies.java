package io.peerbot.application.usecase;

import io.peerbot.domain.expiry.PendingRequests;
import io.peerbot.domain.network.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The settings the use cases act on: admins ({@code PEERBOT_ADMINS}), allowed channels
 * ({@code PEERBOT_ALLOWED_CHANNELS}), the other accounts/regions to watch for the bot's peerings, and
 * how long caches and the duplicate-click window last, where peering requests peerbot did not make are
 * reported ({@code PEERBOT_ALERT_CHANNEL}; empty: a warning in the log) and how often it looks for them
 * ({@code PEERBOT_WATCH_INTERVAL}), and when a request awaiting approval is first reminded of
 * ({@code PEERBOT_REMIND_AFTER}).
 */
public record Policies(Set<String> admins, Set<String> allowedChannels, List<Location> watchedLocations,
                       Duration ownerCacheTtl, Duration duplicateClickWindow, Clock clock,
                       Optional<String> alertChannel, Duration watchInterval, Duration remindAfter) {
    public static final Duration DEFAULT_WATCH_INTERVAL = Duration.ofMinutes(10);

    /** The first reminder of a request awaiting approval after the default ({@code PEERBOT_REMIND_AFTER} unset). */
    public Policies(Set<String> admins, Set<String> allowedChannels, List<Location> watchedLocations,
                    Duration ownerCacheTtl, Duration duplicateClickWindow, Clock clock,
                    Optional<String> alertChannel, Duration watchInterval) {
        this(admins, allowedChannels, watchedLocations, ownerCacheTtl, duplicateClickWindow, clock, alertChannel,
                watchInterval, PendingRequests.DEFAULT_REMIND_AFTER);
    }

    /** The same settings on another clock (a test's, which it moves itself). */
    public Policies withClock(Clock other) {
        return new Policies(admins, allowedChannels, watchedLocations, ownerCacheTtl, duplicateClickWindow, other,
                alertChannel, watchInterval, remindAfter);
    }

    public Policies {
        admins = Set.copyOf(admins);
        allowedChannels = Set.copyOf(allowedChannels);
        watchedLocations = List.copyOf(watchedLocations);
        if (remindAfter.isNegative() || remindAfter.isZero()) {
            throw new IllegalArgumentException("the first reminder comes after a positive time, not " + remindAfter);
        }
        if (watchInterval.isNegative() || watchInterval.isZero()) {
            throw new IllegalArgumentException("the watch interval must be positive, not " + watchInterval);
        }
    }

    /** No alert channel, the default watch interval. */
    public Policies(Set<String> admins, Set<String> allowedChannels, List<Location> watchedLocations,
                    Duration ownerCacheTtl, Duration duplicateClickWindow, Clock clock) {
        this(admins, allowedChannels, watchedLocations, ownerCacheTtl, duplicateClickWindow, clock, Optional.empty(),
                DEFAULT_WATCH_INTERVAL);
    }

    public static Policies defaults() {
        return new Policies(Set.of(), Set.of(), List.of(), Duration.ofMinutes(5), Duration.ofSeconds(10),
                Clock.systemUTC());
    }
}
