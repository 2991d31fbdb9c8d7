package io.peerbot.application.engine;

import io.peerbot.domain.validation.Quotas;
import io.peerbot.domain.network.Location;
import java.time.Duration;
import java.util.List;

/**
 * How the engine works within AWS's limits.
 *
 * @param quotas                   the limits a peering is checked against before anything is created
 * @param activeTimeout            how long an accepted peering may take to become active
 * @param callsInFlightPerLocation EC2 calls the engine runs at once in one account and region
 * @param searchedLocations        where a VPC named without account or region is looked for when the bot's
 *                                 own account and region have none by that name
 */
public record EngineSettings(Quotas quotas, Duration activeTimeout, int callsInFlightPerLocation,
                             List<Location> searchedLocations) {

    public EngineSettings {
        searchedLocations = List.copyOf(searchedLocations);
        if (callsInFlightPerLocation < 1) {
            throw new IllegalArgumentException("callsInFlightPerLocation must be at least 1");
        }
    }

    /**
     * AWS's default quotas; 5 minutes for a peering to become active (cross-region ones take longest);
     * 4 calls in flight per account and region. EC2 throttles each account per region with token
     * buckets that the bot shares with everything else working in that account (consoles, Terraform,
     * other bots), and mutating calls refill at only a few per second. Four calls of a few hundred
     * milliseconds each finish a typical plan in about a second without draining the bucket for
     * the others; more in flight would only move the wait from our queue into throttling backoff.
     */
    public static EngineSettings defaults() {
        return new EngineSettings(Quotas.awsDefaults(), Duration.ofMinutes(5), 4, List.of());
    }

    public EngineSettings withQuotas(Quotas next) {
        return new EngineSettings(next, activeTimeout, callsInFlightPerLocation, searchedLocations);
    }

    public EngineSettings withActiveTimeout(Duration next) {
        return new EngineSettings(quotas, next, callsInFlightPerLocation, searchedLocations);
    }

    public EngineSettings withCallsInFlightPerLocation(int next) {
        return new EngineSettings(quotas, activeTimeout, next, searchedLocations);
    }

    public EngineSettings withSearchedLocations(List<Location> next) {
        return new EngineSettings(quotas, activeTimeout, callsInFlightPerLocation, next);
    }
}
