package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SocketModeThreadsTest {

    @Test
    void socketModePollersRunSideBySideSoOneSlowEnvelopeDoesNotHoldUpTheOthersAcks() throws Exception {
        ScheduledExecutorService processors = new SocketModeThreads(3)
                .createThreadScheduledExecutor("socket-mode" + SocketModeThreads.MESSAGE_PROCESSOR);
        CountDownLatch allRunning = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < 3; i++) {
                // as the SDK schedules its pollers: each at a fixed rate, each handling one envelope at a time
                processors.scheduleAtFixedRate(() -> {
                    allRunning.countDown();
                    awaitQuietly(release);
                }, 0, 10, TimeUnit.MILLISECONDS);
            }

            assertThat(allRunning.await(10, TimeUnit.SECONDS)).as("three pollers busy at the same time").isTrue();
        } finally {
            release.countDown();
            processors.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
