package io.peerbot.adapter.aws.pacing;

import io.peerbot.domain.network.Location;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The request-token buckets of every account and region the bot calls EC2 in, one per API (and category, as an
 * unfiltered describe is metered apart), shared by every client made for that place. A call takes a token before
 * it is sent and waits for one when the bucket is empty, so EC2's own bucket is not overdrawn.
 */
public final class Ec2Pacing {
    /** Waits; {@link Thread#sleep} in production, a moved clock in tests. */
    @FunctionalInterface
    public interface Sleeper {
        /** {@link Thread#sleep}, to the nanosecond it takes. */
        Sleeper THREAD = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

        void sleep(Duration duration) throws InterruptedException;
    }

    private record BucketKey(Location location, String action, Ec2ActionCategory category) {
    }

    private final Ec2Rates rates;
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;
    private final Map<BucketKey, TokenBucket> buckets = new ConcurrentHashMap<>();

    public Ec2Pacing(Ec2Rates rates, LongSupplier nanoTime, Sleeper sleeper) {
        this.rates = rates;
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    public static Ec2Pacing of(Ec2Rates rates) {
        return new Ec2Pacing(rates, System::nanoTime, Sleeper.THREAD);
    }

    /**
     * Takes a token for one call of {@code action} at {@code location}, waiting until it is there.
     *
     * @return how long the call waited
     */
    public Duration acquire(Location location, String action, boolean narrowed) throws InterruptedException {
        Ec2ActionCategory category = Ec2ActionCategory.of(action, narrowed);
        var rate = rates.of(category);
        if (rate.isEmpty()) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofNanos(bucket(location, action, category, rate.get()).reserve());
        if (!wait.isZero()) {
            sleeper.sleep(wait);
        }
        return wait;
    }

    /**
     * How long a call of {@code action} at {@code location} would wait for a token if it asked now; takes none.
     * Zero when the bot does not pace that kind of call.
     */
    public Duration untilFree(Location location, String action, boolean narrowed) {
        Ec2ActionCategory category = Ec2ActionCategory.of(action, narrowed);
        return rates.of(category).map(rate -> Duration.ofNanos(bucket(location, action, category, rate)
                .nanosUntilFree())).orElse(Duration.ZERO);
    }

    private TokenBucket bucket(Location location, String action, Ec2ActionCategory category, Ec2Rate rate) {
        return buckets.computeIfAbsent(new BucketKey(location, action, category), k -> new TokenBucket(rate, nanoTime));
    }

    /** The interceptor that paces every call of one EC2 client made for {@code location}. */
    public PacingInterceptor interceptorFor(Location location) {
        return new PacingInterceptor(this, location);
    }
}
