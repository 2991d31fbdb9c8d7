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
 * failed, rejected, expired or deleted, with EC2's status message, and after the timeout.
 */
final class PeeringPoller {
    private static final Set<PeeringStatus> ON_THE_WAY =
            Set.of(PeeringStatus.INITIATING_REQUEST, PeeringStatus.PENDING_ACCEPTANCE, PeeringStatus.PROVISIONING);

    private final Function<String, Optional<PeeringConnection>> describe;
    private final Backoff backoff;

    PeeringPoller(Function<String, Optional<PeeringConnection>> describe, Backoff backoff) {
        this.describe = describe;
        this.backoff = backoff;
    }

    /** @param action the API action waited for, named in failures */
    PeeringConnection await(String pcxId, Set<PeeringStatus> wanted, Duration timeout, String action) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration delay = backoff.initial();
        while (true) {
            PeeringConnection pcx = describe.apply(pcxId).orElseThrow(() -> new CloudException(action,
                    "InvalidVpcPeeringConnectionID.NotFound", "Peering " + pcxId + " does not exist", null));
            if (wanted.contains(pcx.status())) {
                return pcx;
            }
            if (!ON_THE_WAY.contains(pcx.status())) {
                throw new CloudException(action, pcx.status().code(), "Peering " + pcxId + " is "
                        + pcx.status().code() + (pcx.statusMessage().isBlank() ? "" : ": " + pcx.statusMessage())
                        + "; it will not become active", null);
            }
            if (System.nanoTime() + delay.toNanos() > deadline) {
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

    private static void pause(Duration delay, String action) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(action, "Interrupted", "Interrupted while waiting for the peering", e);
        }
    }
}
