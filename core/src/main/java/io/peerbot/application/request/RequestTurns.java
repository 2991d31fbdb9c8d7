package io.peerbot.application.request;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lease.LeaseKeys;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Counting the peering requests an account has made in a region and creating one more is one step per requester
 * account and region, across replicas that share leases: it runs under that account and region's lease, so two
 * requests for different pairs cannot both pass the outstanding-requests quota and then both be created. The
 * lease is held around the count and the create only (not the checks before them), and a request waits for it at
 * most the decision wait ({@code LeaseSettings#decisionWait()}), then is told the account is busy.
 */
public final class RequestTurns {
    private final LeaseKeeper keeper;
    private final PeeringEngine engine;

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

    /** Runs {@code create} holding {@code requester}'s account and region's turn, if its quota allows one more. */
    public <T> Turn<T> take(VpcSnapshot requester, Supplier<T> create) {
        Optional<LeaseKeeper.Kept> turn = keeper.keepWithin(LeaseKeys.requestsMade(requester.location()),
                keeper.settings().decisionWait());
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
    }
}
