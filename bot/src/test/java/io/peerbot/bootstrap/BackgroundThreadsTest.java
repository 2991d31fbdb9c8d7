package io.peerbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BackgroundThreadsTest {

    @Test
    void leasesAreRenewedWhileAWatchRunIsStillGoing() throws InterruptedException {
        CountDownLatch watchRunning = new CountDownLatch(1);
        CountDownLatch watchMayEnd = new CountDownLatch(1);
        CountDownLatch renewals = new CountDownLatch(3);
        try (BackgroundThreads background = BackgroundThreads.start()) {
            background.watches().every(Duration.ofMinutes(10), () -> {
                watchRunning.countDown();
                try {
                    watchMayEnd.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(watchRunning.await(10, TimeUnit.SECONDS)).isTrue();

            background.leases().every(Duration.ofMillis(10), renewals::countDown);

            assertThat(renewals.await(10, TimeUnit.SECONDS)).as("renewed again and again behind a long watch run")
                    .isTrue();
            watchMayEnd.countDown();
        }
    }
}
