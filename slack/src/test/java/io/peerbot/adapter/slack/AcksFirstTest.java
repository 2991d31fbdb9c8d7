package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AcksFirstTest {
    private static final Duration LONG = Duration.ofMinutes(5);

    @Test
    void workWaitsUntilEveryEnvelopeThatArrivedHasItsAck() throws Exception {
        AcksFirst acks = new AcksFirst(LONG);
        acks.arrived();
        acks.arrived();
        CompletableFuture<Void> worker = CompletableFuture.runAsync(acks::awaitAcks);

        acks.acked();
        assertThat(acks.unacked()).isEqualTo(1);
        assertThat(worker).isNotDone();

        acks.acked();
        worker.get(10, TimeUnit.SECONDS);
        assertThat(acks.unacked()).isZero();
    }

    @Test
    void withNoAckOwedWorkGoesOnAtOnce() {
        AcksFirst acks = new AcksFirst(LONG);
        acks.arrived();
        acks.acked();

        assertTimeoutPreemptively(Duration.ofSeconds(10), acks::awaitAcks);
    }

    @Test
    void aStreamOfEnvelopesHoldsWorkBackNoLongerThanTheLongestWait() {
        AcksFirst acks = new AcksFirst(Duration.ofMillis(1));
        acks.arrived();

        assertTimeoutPreemptively(Duration.ofSeconds(10), acks::awaitAcks);
        assertThat(acks.unacked()).isEqualTo(1);
    }

    @Test
    void aStopEndsTheWaitAndIsKept() throws Exception {
        AcksFirst acks = new AcksFirst(LONG);
        acks.arrived();
        CompletableFuture<Boolean> interrupted = new CompletableFuture<>();
        Thread worker = new Thread(() -> {
            acks.awaitAcks();
            interrupted.complete(Thread.currentThread().isInterrupted());
        });
        worker.start();

        worker.interrupt();

        assertThat(interrupted.get(10, TimeUnit.SECONDS)).isTrue();
    }
}
