package io.peerbot.application.request;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseKeys;
import io.peerbot.application.lease.LeaseSettings;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.validation.Rejection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
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
 */
public final class RequestTurns {
    private final LeaseKeeper keeper;
    private final PeeringEngine engine;
    private final Map<String, ReentrantLock> queues = new ConcurrentHashMap<>();

    public RequestTurns(LeaseKeeper keeper, PeeringEngine engine) {
        this.keeper = keeper;
        this.engine = engine;
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

    /** Runs {@code create} holding {@code requester}'s account and region's turn, if its quota allows one more. */
    public <T> Turn<T> take(VpcSnapshot requester, Supplier<T> create) {
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
                List<Rejection> over = engine.outstandingRequestsOver(requester);
                if (!over.isEmpty()) {
                    return new Turn.OverQuota<>(over);
                }
                return new Turn.Made<>(create.get());
            }
        } finally {
            queue.unlock();
        }
    }
}
