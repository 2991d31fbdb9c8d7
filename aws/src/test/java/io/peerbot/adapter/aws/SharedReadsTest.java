package io.peerbot.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedReadsTest {
    private static final Location HOME = new Location("111122223333", "us-east-1");

    private final List<List<String>> reads = new CopyOnWriteArrayList<>();
    private final ExecutorService callers = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        callers.shutdownNow();
    }

    @Test
    void aReadThatFindsTokensGoesAtOnceAlone() {
        SharedReads<VpcSnapshot> batches = batches(readingAll(), () -> Duration.ZERO, wait -> {
            throw new AssertionError("no wait when tokens are there");
        });

        assertThat(batches.find("vpc-a").orElseThrow().id()).isEqualTo("vpc-a");
        assertThat(batches.find("vpc-b").orElseThrow().id()).isEqualTo("vpc-b");

        assertThat(reads).containsExactly(List.of("vpc-a"), List.of("vpc-b"));
    }

    @Test
    void severalKeysAskedTogetherAreOneReadEvenWithTokensThereAndAMissingOneIsLeftOut() {
        SharedReads<VpcSnapshot> batches = batches(ids -> {
            reads.add(ids);
            return snapshotsOf(ids.stream().filter(id -> !id.equals("vpc-gone")).toList());
        }, () -> Duration.ZERO, wait -> {
            throw new AssertionError("no wait when tokens are there");
        });

        Map<String, VpcSnapshot> found = batches.findAll(List.of("vpc-a", "vpc-gone", "vpc-b"));

        assertThat(found.keySet()).containsExactly("vpc-a", "vpc-b");
        assertThat(reads).containsExactly(List.of("vpc-a", "vpc-gone", "vpc-b"));
    }

    @Test
    void readsAskingWhileTheFirstWaitsForItsTokensShareOneReadAndEachGetsItsOwnVpc() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch tokensThere = new CountDownLatch(1);
        SharedReads<VpcSnapshot> batches = batches(readingAll(), () -> Duration.ofMillis(200), wait -> {
            waiting.countDown();
            assertThat(tokensThere.await(10, TimeUnit.SECONDS)).isTrue();
        });

        Future<VpcSnapshot> first = callers.submit(() -> read(batches, "vpc-a"));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        Future<VpcSnapshot> second = callers.submit(() -> read(batches, "vpc-b"));
        Future<VpcSnapshot> again = callers.submit(() -> read(batches, "vpc-a"));
        awaitJoined(batches, 3);
        tokensThere.countDown();

        assertThat(first.get().id()).isEqualTo("vpc-a");
        assertThat(second.get().id()).isEqualTo("vpc-b");
        assertThat(again.get().id()).isEqualTo("vpc-a");
        assertThat(reads).containsExactly(List.of("vpc-a", "vpc-b"));
    }

    @Test
    void aReadWhoseTokensWereTakenWhileItWaitedWaitsAgainStillOpenToOthers() throws Exception {
        java.util.Iterator<Duration> untilTokens = List.of(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ZERO)
                .iterator();
        CountDownLatch secondWait = new CountDownLatch(1);
        CountDownLatch tokensThere = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger waits = new java.util.concurrent.atomic.AtomicInteger();
        SharedReads<VpcSnapshot> batches = batches(readingAll(), untilTokens::next, wait -> {
            if (waits.incrementAndGet() == 2) {
                secondWait.countDown();
                await(tokensThere);
            }
        });

        Future<VpcSnapshot> first = callers.submit(() -> read(batches, "vpc-a"));
        assertThat(secondWait.await(10, TimeUnit.SECONDS)).isTrue();
        Future<VpcSnapshot> second = callers.submit(() -> read(batches, "vpc-b"));
        awaitJoined(batches, 2);
        tokensThere.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).id()).isEqualTo("vpc-a");
        assertThat(second.get(10, TimeUnit.SECONDS).id()).isEqualTo("vpc-b");
        assertThat(reads).containsExactly(List.of("vpc-a", "vpc-b"));
    }

    @Test
    void aReadWaitsNoLongerThanItsLongestWaitWhateverTheBucketsSay() throws Exception {
        List<Duration> slept = new CopyOnWriteArrayList<>();
        SharedReads<VpcSnapshot> batches = batches(readingAll(), () -> Duration.ofSeconds(2), slept::add);

        assertThat(batches.find("vpc-a").orElseThrow().id()).isEqualTo("vpc-a");

        assertThat(slept).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void readsAskedWhileOneOfTheirKindIsAnsweredWaitForItAreReadAfreshAndShareTheNextRead() throws Exception {
        CountDownLatch sent = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        SharedReads<VpcSnapshot> batches = batches(ids -> {
            reads.add(ids);
            if (reads.size() == 1) {
                sent.countDown();
                await(answer);
            }
            return snapshotsOf(ids);
        }, () -> Duration.ZERO, wait -> {
            throw new AssertionError("no wait for tokens when they are there");
        });

        Future<VpcSnapshot> first = callers.submit(() -> read(batches, "vpc-a"));
        assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
        Future<VpcSnapshot> again = callers.submit(() -> read(batches, "vpc-a"));
        Future<VpcSnapshot> other = callers.submit(() -> read(batches, "vpc-b"));
        awaitJoined(batches, 2);
        assertThat(again).isNotDone();
        answer.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS).id()).isEqualTo("vpc-a");
        assertThat(again.get(10, TimeUnit.SECONDS).id()).isEqualTo("vpc-a");
        assertThat(other.get(10, TimeUnit.SECONDS).id()).isEqualTo("vpc-b");
        assertThat(reads).as("the read asked after the first was sent is not answered from it").hasSize(2)
                .first().isEqualTo(List.of("vpc-a"));
        assertThat(reads.get(1)).containsExactlyInAnyOrder("vpc-a", "vpc-b");
    }

    @Test
    void aVpcThatDoesNotExistFailsAsMissingWhileTheOthersInItsReadAreAnswered() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch tokensThere = new CountDownLatch(1);
        SharedReads<VpcSnapshot> batches = batches(ids -> {
            reads.add(ids);
            return snapshotsOf(ids.stream().filter(id -> !id.equals("vpc-gone")).toList());
        }, () -> Duration.ofMillis(200), wait -> {
            waiting.countDown();
            await(tokensThere);
        });

        Future<VpcSnapshot> present = callers.submit(() -> read(batches, "vpc-a"));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        Future<VpcSnapshot> gone = callers.submit(() -> read(batches, "vpc-gone"));
        awaitJoined(batches, 2);
        tokensThere.countDown();

        assertThat(present.get().id()).isEqualTo("vpc-a");
        assertThatThrownBy(gone::get).cause().isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.code()).isEqualTo("InvalidVpcID.NotFound"));
    }

    @Test
    void aFailedReadFailsEveryoneWhoShareditWithItsOwnError() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CountDownLatch tokensThere = new CountDownLatch(1);
        SharedReads<VpcSnapshot> batches = batches(ids -> {
            throw new CloudException("DescribeSubnets", "UnauthorizedOperation", "denied", null);
        }, () -> Duration.ofMillis(200), wait -> {
            waiting.countDown();
            await(tokensThere);
        });

        Future<VpcSnapshot> first = callers.submit(() -> read(batches, "vpc-a"));
        assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
        Future<VpcSnapshot> second = callers.submit(() -> read(batches, "vpc-b"));
        awaitJoined(batches, 2);
        tokensThere.countDown();

        for (Future<VpcSnapshot> read : List.of(first, second)) {
            assertThatThrownBy(read::get).cause().isInstanceOfSatisfying(CloudException.class,
                    e -> assertThat(e.code()).isEqualTo("UnauthorizedOperation"));
        }
    }

    @Test
    void aFullReadIsSentWithoutTheKeysBeyondItsSize() throws Exception {
        CountDownLatch waiting = new CountDownLatch(2);
        CountDownLatch tokensThere = new CountDownLatch(1);
        SharedReads<VpcSnapshot> batches = batches(readingAll(), () -> Duration.ofMillis(200), wait -> {
            waiting.countDown();
            await(tokensThere);
        });
        ExecutorService many = Executors.newFixedThreadPool(SharedReads.MOST_KEYS + 1);
        try {
            List<Future<VpcSnapshot>> answers = new java.util.ArrayList<>();
            for (int i = 0; i <= SharedReads.MOST_KEYS; i++) {
                String id = "vpc-" + i;
                answers.add(many.submit(() -> read(batches, id)));
            }
            // the one beyond the full read leads a read of its own, which waits for tokens too
            assertThat(waiting.await(10, TimeUnit.SECONDS)).isTrue();
            tokensThere.countDown();
            for (int i = 0; i <= SharedReads.MOST_KEYS; i++) {
                assertThat(answers.get(i).get(10, TimeUnit.SECONDS).id()).isEqualTo("vpc-" + i);
            }
        } finally {
            many.shutdownNow();
        }
        assertThat(reads).hasSize(2).allSatisfy(ids -> assertThat(ids.size()).isBetween(1, SharedReads.MOST_KEYS));
        assertThat(reads.stream().mapToInt(List::size).sum()).isEqualTo(SharedReads.MOST_KEYS + 1);
    }

    private Function<List<String>, Map<String, VpcSnapshot>> readingAll() {
        return ids -> {
            reads.add(ids);
            return snapshotsOf(ids);
        };
    }

    private static Map<String, VpcSnapshot> snapshotsOf(List<String> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> new VpcSnapshot(id, HOME, Map.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of())));
    }

    private static SharedReads<VpcSnapshot> batches(Function<List<String>, Map<String, VpcSnapshot>> readAll,
                                          java.util.function.Supplier<Duration> untilTokens,
                                          io.peerbot.adapter.aws.pacing.Ec2Pacing.Sleeper sleeper) {
        return new SharedReads<>(readAll, untilTokens, sleeper);
    }

    /** As the gateway reads a VPC: one that does not exist is a failure. */
    private static VpcSnapshot read(SharedReads<VpcSnapshot> batches, String id) {
        return batches.find(id).orElseThrow(() -> new CloudException("DescribeVpcs", "InvalidVpcID.NotFound",
                "VPC " + id + " does not exist", null));
    }

    /** Until the open read holds this many asks (the callers are on other threads). */
    private static void awaitJoined(SharedReads<VpcSnapshot> batches, int asks) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (batches.waitingAsks() < asks) {
            assertThat(System.nanoTime()).as("asks joined in time").isLessThan(deadline);
            Thread.onSpinWait();
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
