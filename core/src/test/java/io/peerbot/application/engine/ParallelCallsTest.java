package io.peerbot.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.engine.ParallelCalls.Call;
import io.peerbot.domain.network.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelCallsTest {
    private static final Location EAST = new Location("111122223333", "us-east-1");
    private static final Location WEST = new Location("444455556666", "eu-west-1");

    @Test
    void runsAtMostTheBoundAtOnceInEachLocationAndTheLocationsIndependently() throws Exception {
        ParallelCalls parallel = new ParallelCalls(3);
        Map<Location, AtomicInteger> inFlight = Map.of(EAST, new AtomicInteger(), WEST, new AtomicInteger());
        Map<Location, AtomicInteger> most = new ConcurrentHashMap<>(Map.of(EAST, new AtomicInteger(),
                WEST, new AtomicInteger()));
        CountDownLatch bothFull = new CountDownLatch(6);
        CountDownLatch release = new CountDownLatch(1);
        List<Call<Location>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Location location = i % 2 == 0 ? EAST : WEST;
            calls.add(new Call<>(location, () -> {
                int now = inFlight.get(location).incrementAndGet();
                most.get(location).accumulateAndGet(now, Math::max);
                bothFull.countDown();
                await(release);
                inFlight.get(location).decrementAndGet();
                return location;
            }));
        }
        Thread runner = new Thread(() -> parallel.all(calls));
        runner.start();

        assertThat(bothFull.await(10, TimeUnit.SECONDS)).as("three calls running in each location").isTrue();
        release.countDown();
        runner.join(10_000);

        assertThat(most.get(EAST).get()).isEqualTo(3);
        assertThat(most.get(WEST).get()).isEqualTo(3);
    }

    @Test
    void byDefaultTheRoutesOfTenTablesASideAndTheirRulesGoOutTogether() throws Exception {
        ParallelCalls parallel = new ParallelCalls(EngineSettings.defaults().callsInFlightPerLocation());
        CountDownLatch allInFlight = new CountDownLatch(22);
        CountDownLatch release = new CountDownLatch(1);
        List<Call<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            calls.add(new Call<>(EAST, () -> {
                allInFlight.countDown();
                await(release);
                return 1;
            }));
        }
        Thread runner = new Thread(() -> parallel.all(calls));
        runner.start();

        assertThat(allInFlight.await(10, TimeUnit.SECONDS)).as("20 routes and 2 rule calls in flight at once").isTrue();
        release.countDown();
        runner.join(10_000);
    }

    @Test
    void waitsForEveryCallThenThrowsTheFirstFailure() {
        ParallelCalls parallel = new ParallelCalls(2);
        AtomicInteger finished = new AtomicInteger();
        List<Call<Integer>> calls = List.of(
                new Call<>(EAST, () -> {
                    throw new IllegalStateException("first");
                }),
                new Call<>(EAST, finished::incrementAndGet),
                new Call<>(EAST, () -> {
                    throw new IllegalArgumentException("second");
                }),
                new Call<>(EAST, finished::incrementAndGet));

        assertThatThrownBy(() -> parallel.all(calls)).hasMessage("first")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly("second"));
        assertThat(finished.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
