package io.peerbot.adapter.aws;

import io.peerbot.application.port.CloudException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a call on a peering that should exist, again with backoff while EC2 still answers that it does not
 * (eventual consistency right after a create or an accept), for a bounded time; then the last answer stands.
 */
final class UntilVisible {
    private final Consistency consistency;

    UntilVisible(Consistency consistency) {
        this.consistency = consistency;
    }

    /** Whether EC2's error code says the peering is unknown. */
    static boolean peeringNotFound(String code) {
        return code.equalsIgnoreCase("InvalidVpcPeeringConnectionID.NotFound");
    }

    /** {@code call} again while it fails with "peering not found", until the bound. */
    <T> T call(String action, Supplier<T> call) {
        Deadline deadline = start();
        while (true) {
            try {
                return call.get();
            } catch (CloudException e) {
                if (!peeringNotFound(e.code()) || !deadline.pauseBeforeNext(action)) {
                    throw e;
                }
            }
        }
    }

    void run(String action, Runnable call) {
        call(action, () -> {
            call.run();
            return null;
        });
    }

    /** Looks until {@code look} finds something or the bound passes; empty then. */
    <T> Optional<T> find(String action, Supplier<Optional<T>> look) {
        Deadline deadline = start();
        while (true) {
            Optional<T> found = look.get();
            if (found.isPresent() || !deadline.pauseBeforeNext(action)) {
                return found;
            }
        }
    }

    Deadline start() {
        return new Deadline(consistency.waiting().nanoTime() + consistency.notFoundFor().toNanos());
    }

    /** One bounded wait: each pause longer than the one before, none past the end. */
    final class Deadline {
        private final long end;
        private Duration delay = consistency.backoff().initial();

        private Deadline(long end) {
            this.end = end;
        }

        /** Pauses and returns true when there is time for another look; false once the bound is reached. */
        boolean pauseBeforeNext(String action) {
            Waiting waiting = consistency.waiting();
            if (waiting.nanoTime() + delay.toNanos() > end) {
                return false;
            }
            try {
                waiting.pause(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CloudException(action, "Interrupted", "Interrupted while waiting for EC2 to show the peering",
                        e);
            }
            delay = consistency.backoff().after(delay);
            return true;
        }
    }
}
