package io.peerbot.adapter.aws;

import io.peerbot.application.port.CloudException;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Polls a peering connection with backoff until it reaches a wanted status. Fails fast once it is
 * failed, rejected, expired or deleted, with EC2's status message, and after the timeout. A peering not
 * visible yet (EC2 is eventually consistent) is looked for again for {@link Consistency#notFoundFor()}.
 */
final class PeeringPoller {
    private static final Set<PeeringStatus> ON_THE_WAY =
            Set.of(PeeringStatus.INITIATING_REQUEST, PeeringStatus.PENDING_ACCEPTANCE, PeeringStatus.PROVISIONING);

    private final Function<String, Optional<PeeringConnection>> describe;
    private final Backoff backoff;
    private final Consistency consistency;

    PeeringPoller(Function<String, Optional<PeeringConnection>> describe, Backoff backoff, Consistency consistency) {
        this.describe = describe;
        this.backoff = backoff;
        this.consistency = consistency;
    }

    /** @param action the API action waited for, named in failures */
    PeeringConnection await(String pcxId, Set<PeeringStatus> wanted, Duration timeout, String action) {
        Waiting waiting = consistency.waiting();
        long start = waiting.nanoTime();
        long deadline = start + timeout.toNanos();
        long unseenUntil = start + consistency.notFoundFor().toNanos();
        Duration delay = backoff.initial();
        while (true) {
            Optional<PeeringConnection> seen = describe.apply(pcxId);
            if (seen.isEmpty()) {
                if (waiting.nanoTime() + delay.toNanos() > unseenUntil) {
                    throw new CloudException(action, "InvalidVpcPeeringConnectionID.NotFound",
                            "Peering " + pcxId + " does not exist", null);
                }
                pause(delay, action);
                delay = backoff.after(delay);
                continue;
            }
            PeeringConnection pcx = seen.get();
            if (wanted.contains(pcx.status())) {
                return pcx;
            }
            if (!ON_THE_WAY.contains(pcx.status())) {
                throw new CloudException(action, pcx.status().code(), "Peering " + pcxId + " is "
                        + pcx.status().code() + (pcx.statusMessage().isBlank() ? "" : ": " + pcx.statusMessage())
                        + "; it will not become active", null);
            }
            if (waiting.nanoTime() + delay.toNanos() > deadline) {
                throw new CloudException(action, "Timeout", "Peering " + pcxId + " is still " + pcx.status().code()
                        + " after " + readable(timeout)
                        + (pcx.status() == PeeringStatus.PENDING_ACCEPTANCE ? "; has it been accepted?" : ""), null);
            }
            pause(delay, action);
            delay = backoff.after(delay);
        }
    }

    private static String readable(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    private void pause(Duration delay, String action) {
        try {
            consistency.waiting().pause(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(action, "Interrupted", "Interrupted while waiting for the peering", e);
        }
    }
}
