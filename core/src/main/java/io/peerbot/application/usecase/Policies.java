package io.peerbot.application.usecase;

import io.peerbot.domain.network.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The settings the use cases act on: admins ({@code PEERBOT_ADMINS}), allowed channels
 * ({@code PEERBOT_ALLOWED_CHANNELS}), the other accounts/regions to watch for the bot's peerings, and
 * how long caches and the duplicate-click window last.
 */
public record Policies(Set<String> admins, Set<String> allowedChannels, List<Location> watchedLocations,
                       Duration ownerCacheTtl, Duration duplicateClickWindow, Clock clock) {
    public Policies {
        admins = Set.copyOf(admins);
        allowedChannels = Set.copyOf(allowedChannels);
        watchedLocations = List.copyOf(watchedLocations);
    }

    public static Policies defaults() {
        return new Policies(Set.of(), Set.of(), List.of(), Duration.ofMinutes(5), Duration.ofSeconds(10),
                Clock.systemUTC());
    }
}
