package io.peerbot.standin.ec2;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * EC2's request-token buckets, as "Request throttling for the Amazon EC2 API" documents them: one bucket per
 * account, region and API, its size and refill rate given by the API's category. A call finding its bucket empty is
 * answered {@code RequestLimitExceeded} and takes no token.
 *
 * <p>Documented sizes / refills a second: non-mutating ({@code Describe*} with filters, IDs or paging) 100 / 20;
 * unfiltered and unpaginated non-mutating 50 / 10; mutating 200 / 5; resource-intensive
 * ({@code AcceptVpcPeeringConnection}, {@code AuthorizeSecurityGroupIngress}, …) 50 / 5.
 */
public final class RequestBuckets {
    /** A bucket's size and refill rate. */
    public record Rate(int capacity, double refillPerSecond) {
    }

    /** Sizes and refill rates per category. */
    public record Rates(Rate nonMutating, Rate unfiltered, Rate mutating, Rate resourceIntensive) {
        /** The documented ones. */
        public static Rates documented() {
            return new Rates(new Rate(100, 20), new Rate(50, 10), new Rate(200, 5), new Rate(50, 5));
        }

        /** Every category at one rate (tests that must not wait seconds for a refill). */
        public static Rates all(Rate rate) {
            return new Rates(rate, rate, rate, rate);
        }
    }

    private static final Set<String> RESOURCE_INTENSIVE = Set.of("AcceptVpcPeeringConnection",
            "AuthorizeSecurityGroupIngress", "CancelSpotInstanceRequests", "CreateKeyPair", "RequestSpotInstances");

    private record Key(String account, String region, String action, boolean unfiltered) {
    }

    private static final class Bucket {
        final Rate rate;
        double tokens;
        long last;

        Bucket(Rate rate, long now) {
            this.rate = rate;
            this.tokens = rate.capacity();
            this.last = now;
        }

        boolean take(long now) {
            tokens = Math.min(rate.capacity(), tokens + (now - last) * rate.refillPerSecond() / 1e9);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }

    private final Rates rates;
    private final LongSupplier nanoTime;
    private final Map<Key, Bucket> buckets = new HashMap<>();
    private long throttled;

    public RequestBuckets(Rates rates, LongSupplier nanoTime) {
        this.rates = rates;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for one call; false when its bucket is empty (EC2 answers {@code RequestLimitExceeded}). */
    public synchronized boolean take(String account, String region, String action, boolean narrowed) {
        Rate rate = rateOf(action, narrowed);
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(new Key(account, region, action, nonMutating(action) && !narrowed),
                k -> new Bucket(rate, now));
        boolean taken = bucket.take(now);
        if (!taken) {
            throttled++;
        }
        return taken;
    }

    /**
     * The tokens one API's bucket holds now (refilled to this moment), its size when no call has used it yet; for a
     * benchmark's bound on how fast calls may go.
     */
    public synchronized double tokens(String account, String region, String action, boolean narrowed) {
        Rate rate = rateOf(action, narrowed);
        Bucket bucket = buckets.get(new Key(account, region, action, nonMutating(action) && !narrowed));
        if (bucket == null) {
            return rate.capacity();
        }
        long now = nanoTime.getAsLong();
        return Math.min(rate.capacity(), bucket.tokens + (now - bucket.last) * rate.refillPerSecond() / 1e9);
    }

    /** The size and refill rate of one API's bucket. */
    public Rate rateOf(String action, boolean narrowed) {
        return RESOURCE_INTENSIVE.contains(action) ? rates.resourceIntensive()
                : !nonMutating(action) ? rates.mutating()
                : narrowed ? rates.nonMutating() : rates.unfiltered();
    }

    private static boolean nonMutating(String action) {
        return action.startsWith("Describe") || action.startsWith("Get") || action.startsWith("List")
                || action.startsWith("Search");
    }

    /** Calls answered {@code RequestLimitExceeded} because their bucket was empty. */
    public synchronized long throttled() {
        return throttled;
    }

    /**
     * Whether a Query API request names what it wants (filters, IDs) or pages: EC2 meters those describes apart
     * from whole-account lists.
     */
    public static boolean narrowed(Map<String, String> params) {
        return params.keySet().stream().anyMatch(p -> p.startsWith("Filter.") || p.equals("MaxResults")
                || p.matches("[A-Za-z]*Id\\.\\d+"));
    }
}
