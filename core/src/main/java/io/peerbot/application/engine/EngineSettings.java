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
    /**
     * EC2 calls of the engine in flight at once per account and region, by default. EC2 meters each account and
     * region with a token bucket per API, and the gateways pace every call to those buckets before sending it, so
     * this bound is not what keeps the bot within EC2's rates: it only has to let the calls that may go together
     * go together — the routes of ten tables a side and their rules in one call's time, a burst of plans side by
     * side — while the bucket decides the pace. Each call in flight holds a thread and a connection while it waits.
     * EC2's buckets are shared with everything else working in the account (consoles, Terraform); when others
     * drain one, EC2 answers {@code RequestLimitExceeded} and the SDK's backoff with jitter takes over, as before.
     */
    public static final int CALLS_IN_FLIGHT_PER_LOCATION = 32;

    public EngineSettings {
        searchedLocations = List.copyOf(searchedLocations);
        if (callsInFlightPerLocation < 1) {
            throw new IllegalArgumentException("callsInFlightPerLocation must be at least 1");
        }
    }

    /**
     * AWS's default quotas; 5 minutes for a peering to become active (cross-region ones take longest);
     * {@link #CALLS_IN_FLIGHT_PER_LOCATION} calls in flight per account and region.
     */
    public static EngineSettings defaults() {
        return new EngineSettings(Quotas.awsDefaults(), Duration.ofMinutes(5), CALLS_IN_FLIGHT_PER_LOCATION, List.of());
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
