package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkQueueTest {
    @Test
    void aJobThatThrowsDoesNotStopTheNextOne() throws Exception {
        try (WorkQueue work = new WorkQueue("test-worker", new WorkQueue.Size(1, 4), false)) {
            CompletableFuture<String> ranOn = new CompletableFuture<>();

            assertThat(work.tryRun("explodes", () -> {
                throw new IllegalStateException("boom");
            })).isTrue();
            assertThat(work.tryRun("records", () -> ranOn.complete(Thread.currentThread().getName()))).isTrue();

            assertThat(ranOn.get(5, TimeUnit.SECONDS)).startsWith("test-worker-");
        }
    }

    @Test
    void saysNoAtOnceWhenWorkersAndQueueAreFull() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (WorkQueue work = new WorkQueue("test-worker", new WorkQueue.Size(1, 1), false)) {
            assertThat(work.tryRun("blocks", () -> {
                started.countDown();
                await(release);
            })).isTrue();
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(work.tryRun("waits", () -> { })).isTrue();

            assertThat(work.tryRun("turned away", () -> { })).isFalse();
            release.countDown();
        }
    }

    @Test
    void closeLetsRunningJobsFinishAndLeavesNoThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> finished = new CompletableFuture<>();
        WorkQueue work = new WorkQueue("closing-worker", new WorkQueue.Size(2, 2), false);
        work.tryRun("short job", () -> {
            started.countDown();
            finished.complete(true);
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        work.close();

        assertThat(finished).isCompletedWithValue(true);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("closing-worker"));
        assertThat(work.tryRun("after close", () -> { })).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
