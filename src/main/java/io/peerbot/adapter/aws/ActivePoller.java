package io.peerbot.adapter.aws;

import io.peerbot.application.port.CloudException;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/** Polls a peering connection with backoff until it is active, gone wrong, or out of time. */
final class ActivePoller {
    private static final String ACTION = "AcceptVpcPeeringConnection";

    private final Function<String, Optional<PeeringConnection>> describe;
    private final Backoff backoff;

    ActivePoller(Function<String, Optional<PeeringConnection>> describe, Backoff backoff) {
        this.describe = describe;
        this.backoff = backoff;
    }

    PeeringConnection await(String pcxId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration delay = backoff.initial();
        while (true) {
            PeeringConnection pcx = describe.apply(pcxId).orElseThrow(() -> new CloudException(ACTION,
                    "InvalidVpcPeeringConnectionID.NotFound", "Peering " + pcxId + " does not exist", null));
            switch (pcx.status()) {
                case ACTIVE:
                    return pcx;
                case INITIATING_REQUEST, PENDING_ACCEPTANCE, PROVISIONING:
                    break;
                default:
                    throw new CloudException(ACTION, pcx.status().code(), "Peering " + pcxId + " is "
                            + pcx.status().code() + (pcx.statusMessage().isBlank() ? "" : ": " + pcx.statusMessage())
                            + "; it will not become active", null);
            }
            if (System.nanoTime() + delay.toNanos() > deadline) {
                throw new CloudException(ACTION, "Timeout", "Peering " + pcxId + " is still " + pcx.status().code()
                        + " after " + readable(timeout)
                        + (pcx.status() == PeeringStatus.PENDING_ACCEPTANCE ? "; has it been accepted?" : ""), null);
            }
            pause(delay);
            delay = backoff.after(delay);
        }
    }

    private static String readable(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudException(ACTION, "Interrupted", "Interrupted while waiting for the peering", e);
        }
    }
}
