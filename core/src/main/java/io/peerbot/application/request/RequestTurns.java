package io.peerbot.application.request;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseKeys;
import io.peerbot.application.lease.LeaseSettings;
import io.peerbot.application.port.RequestsJustMade;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.validation.Rejection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counting the peering requests an account has made in a region and creating one more is one step per requester
 * account and region, across replicas that share leases: it runs under that account and region's lease, so two
 * requests for different pairs cannot both pass the outstanding-requests quota and then both be created. The
 * lease is held around the count and the create only (not the checks before them).
 *
 * <p>A burst of requests from one account takes its turns one after another: a request waits for its turn as a
 * queued command waits for a worker, and is not refused because others came first. In one process the requests
 * queue in the order they came (a fair lock per account and region), so only the first asks the lease table; only
 * a turn not had within {@link #turnWait} (something holds it far longer than a count and a create take) is
 * answered that the account is busy.
 *
 * <p>EC2's reads are eventually consistent: a request made a moment ago may be missing from the next count. The
 * requests made in the last {@link #JUST_MADE} ({@link RequestsJustMade}: in memory for one replica, in the lock
 * table across replicas) are handed to each count, which counts one EC2 does not list yet.
 */
public final class RequestTurns {
    /** How long a request just made is handed to the counts: far longer than EC2 takes to list a new one. */
    static final Duration JUST_MADE = Duration.ofMinutes(2);

    private final LeaseKeeper keeper;
    private final PeeringEngine engine;
    private final Clock clock;
    private final Map<String, ReentrantLock> queues = new ConcurrentHashMap<>();
    /** Read and written in the account and region's turn. */
    private final RequestsJustMade justMade;

    /** One replica: the requests just made are kept in memory. */
    public RequestTurns(LeaseKeeper keeper, PeeringEngine engine, Clock clock) {
        this(keeper, engine, clock, new RequestsMadeHere());
    }

    /** @param justMade where the requests made lately are kept; across replicas, where all of them read */
    public RequestTurns(LeaseKeeper keeper, PeeringEngine engine, Clock clock, RequestsJustMade justMade) {
        this.keeper = keeper;
        this.engine = engine;
        this.clock = clock;
        this.justMade = justMade;
    }

    /** What came of a request's turn. */
    public sealed interface Turn<T> {
        /** The turn was not had within the wait: nothing was counted or created. */
        record Busy<T>() implements Turn<T> {
        }

        /** Counted afresh, one more request would break the quota ({@code reasons}); nothing was created. */
        record OverQuota<T>(List<Rejection> reasons) implements Turn<T> {
            public OverQuota {
                reasons = List.copyOf(reasons);
            }
        }

        /** Within the quota: {@code create} ran, and gave {@code made}. */
        record Made<T>(T made) implements Turn<T> {
        }
    }

    /** How long a request waits for its account's turn: a few lease ttls, far longer than a burst's queue. */
    public static Duration turnWait(LeaseSettings settings) {
        return settings.ttl().multipliedBy(4);
    }

    /**
     * Runs {@code create} holding {@code requester}'s account and region's turn, if its quota allows one more.
     *
     * @param madeId the id of the peering {@code create} made, if it made one
     */
    public <T> Turn<T> take(VpcSnapshot requester, Supplier<T> create, Function<T, Optional<String>> madeId) {
        String key = LeaseKeys.requestsMade(requester.location());
        Duration wait = turnWait(keeper.settings());
        ReentrantLock queue = queues.computeIfAbsent(key, k -> new ReentrantLock(true));
        try {
            if (!queue.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return new Turn.Busy<>();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Turn.Busy<>();
        }
        try {
            Optional<LeaseKeeper.Kept> turn = keeper.keepWithin(key, wait);
            if (turn.isEmpty()) {
                return new Turn.Busy<>();
            }
            try (LeaseKeeper.Kept held = turn.get()) {
                Instant forgotten = clock.instant().minus(JUST_MADE);
                List<Rejection> over = engine.outstandingRequestsOver(requester,
                        justMade.since(requester.location(), forgotten));
                if (!over.isEmpty()) {
                    return new Turn.OverQuota<>(over);
                }
                T result = create.get();
                madeId.apply(result).ifPresent(id -> justMade.note(requester.location(), id, clock.instant(),
                        forgotten));
                return new Turn.Made<>(result);
            }
        } finally {
            queue.unlock();
        }
    }
}
