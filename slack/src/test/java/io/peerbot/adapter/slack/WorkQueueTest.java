package io.peerbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.slack.WorkQueue.Admission;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkQueueTest {
    @Test
    void aJobThatThrowsDoesNotStopTheNextOne() throws Exception {
        try (WorkQueue work = new WorkQueue("test-worker", new WorkQueue.Size(1, 4), false)) {
            CompletableFuture<String> ranOn = new CompletableFuture<>();

            work.submit("U1", "explodes", () -> {
                throw new IllegalStateException("boom");
            });
            work.submit("U1", "records", () -> ranOn.complete(Thread.currentThread().getName()));

            assertThat(ranOn.get(5, TimeUnit.SECONDS)).startsWith("test-worker-");
        }
    }

    @Test
    void nobodyIsTurnedAwayForOthersLoadAndPeopleAreServedInTurn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        List<String> order = new CopyOnWriteArrayList<>();
        try (WorkQueue work = new WorkQueue("test-worker", new WorkQueue.Size(1, 3), false)) {
            assertThat(work.submit("U0BLOCKER", "blocks", () -> {
                started.countDown();
                await(release);
            })).isEqualTo(new Admission.Started());
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

            for (int i = 1; i <= 3; i++) {
                int n = i;
                work.submit("U0ALICE", "alice " + n, () -> order.add("alice " + n));
            }
            Admission bob = work.submit("U0BOB", "bob", () -> order.add("bob"));
            Admission carol = work.submit("U0CAROL", "carol", () -> order.add("carol"));
            for (int i = 0; i < 20; i++) {
                assertThat(work.submit("U0DAVE" + i, "dave", () -> order.add("dave"))).isInstanceOf(Admission.Queued.class);
            }
            release.countDown();
            work.close(10, TimeUnit.SECONDS);

            assertThat(bob).isEqualTo(new Admission.Queued(1));
            assertThat(carol).isEqualTo(new Admission.Queued(2));
            assertThat(order.subList(0, 4)).containsExactly("alice 1", "bob", "carol", "dave");
            assertThat(order).hasSize(25).endsWith("alice 2", "alice 3");
        }
    }

    @Test
    void onlyAPersonWithTooManyJobsWaitingIsAskedToSlowDown() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        try (WorkQueue work = new WorkQueue("test-worker", new WorkQueue.Size(1, 2), false)) {
            work.submit("U0ALICE", "blocks", () -> {
                started.countDown();
                await(release);
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            work.submit("U0ALICE", "waits 1", () -> { });
            work.submit("U0ALICE", "waits 2", () -> { });

            assertThat(work.submit("U0ALICE", "one too many", () -> { })).isEqualTo(new Admission.SlowDown(2));
            assertThat(work.submit("U0BOB", "someone else", () -> { })).isInstanceOf(Admission.Queued.class);
            release.countDown();
        }
    }

    @Test
    void closeLetsWaitingAndRunningJobsFinishAndLeavesNoThread() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> waited = new CompletableFuture<>();
        WorkQueue work = new WorkQueue("closing-worker", new WorkQueue.Size(1, 2), false);
        work.submit("U1", "running job", () -> {
            started.countDown();
            await(release);
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
        work.submit("U2", "waiting job", () -> waited.complete(true));
        release.countDown();

        work.close();

        assertThat(waited).isCompletedWithValue(true);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("closing-worker"));
        assertThat(work.submit("U1", "after close", () -> { })).isEqualTo(new Admission.Closed());
    }

    @Test
    void aJobStartsOnlyOnceTheEnvelopesThatArrivedHaveTheirAcks() throws Exception {
        AcksFirst acks = new AcksFirst(Duration.ofMinutes(5));
        CompletableFuture<Boolean> ran = new CompletableFuture<>();
        try (WorkQueue work = new WorkQueue("acks-worker", new WorkQueue.Size(1, 2), false, acks)) {
            acks.arrived();
            work.submit("U1", "after the ack", () -> ran.complete(true));
            // the worker either ran the job or waits (timed) for the ack
            Thread worker = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("acks-worker-1")).findFirst().orElseThrow();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!ran.isDone() && worker.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(ran).isNotDone();

            acks.acked();

            assertThat(ran.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
