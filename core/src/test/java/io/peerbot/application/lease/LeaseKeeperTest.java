package io.peerbot.application.lease;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.Leases;
import io.peerbot.application.port.Scheduler;
import io.peerbot.application.watch.ManualScheduler;
import io.peerbot.application.watch.MovingClock;
import io.peerbot.domain.lifecycle.PcxId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Two replicas on one store of leases: who decides, who keeps a lease, who runs a watch. */
class LeaseKeeperTest {
    private static final LeaseSettings TIMES = LeaseSettings.defaults();
    private static final PcxId PCX = PcxId.of("pcx-0a1b2c3d");

    private final MovingClock clock = new MovingClock(Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"),
            ZoneOffset.UTC));
    private final SharedLeases store = new SharedLeases(clock);
    /** Waiting moves the test's clock instead of sleeping. */
    private final Pause pause = clock::advance;
    private final LeaseKeeper one = new LeaseKeeper(store, TIMES, clock, pause);
    private final LeaseKeeper two = new LeaseKeeper(store, TIMES, clock, pause);

    @Test
    void aDecisionWaitsForOneMadeElsewhereAndGoesAheadOnceItIsDone() {
        LeaseKeeper.Kept elsewhere = two.tryKeep("decide/" + PCX.value()).orElseThrow();
        List<Instant> decidedAt = new ArrayList<>();
        Pause releasingAfterTwoTries = new Pause() {
            int tries;

            @Override
            public void pause(Duration length) {
                clock.advance(length);
                if (++tries == 2) {
                    elsewhere.close();
                }
            }
        };
        Instant asked = clock.instant();

        String decided = new DecisionLeases(new LeaseKeeper(store, TIMES, clock, releasingAfterTwoTries))
                .holding(PCX, () -> {
                    decidedAt.add(clock.instant());
                    return "decided";
                });

        assertThat(decided).isEqualTo("decided");
        assertThat(decidedAt).containsExactly(asked.plus(TIMES.pollEvery().multipliedBy(2)));
    }

    @Test
    void aDecisionMadeElsewhereThatDoesNotFinishInTimeIsBusyAndNothingIsDecidedHere() {
        two.tryKeep("decide/" + PCX.value()).orElseThrow();
        Instant asked = clock.instant();
        List<String> decided = new ArrayList<>();

        assertThatThrownBy(() -> new DecisionLeases(one).holding(PCX, () -> decided.add("here")))
                .isInstanceOfSatisfying(PeeringBusy.class, busy -> assertThat(busy.pcxId()).isEqualTo(PCX));

        assertThat(decided).isEmpty();
        assertThat(clock.instant()).as("waited the bounded time").isAfterOrEqualTo(asked.plus(TIMES.decisionWait()))
                .isBefore(asked.plus(TIMES.decisionWait()).plus(TIMES.pollEvery()).plusMillis(1));
    }

    @Test
    void aDecisionLeftByADeadReplicaIsFreeOnceItsLeaseExpired() {
        two.tryKeep("decide/" + PCX.value()).orElseThrow();
        clock.advance(TIMES.ttl());

        assertThat(new DecisionLeases(one).holding(PCX, () -> "decided")).isEqualTo("decided");
    }

    @Test
    void aDecisionInsideADecisionOnTheSamePeeringKeepsTheLease() {
        DecisionLeases decisions = new DecisionLeases(one);

        String inner = decisions.holding(PCX, () -> decisions.holding(PCX, () -> "inner"));

        assertThat(inner).isEqualTo("inner");
        assertThat(two.tryKeep("decide/" + PCX.value())).as("given up after").isPresent();
    }

    @Test
    void aKeptLeaseOutlivesItsTtlWhileTheKeeperRenewsIt() {
        ManualScheduler scheduler = new ManualScheduler(clock);
        one.startOn(scheduler);
        LeaseKeeper.Kept applying = one.tryKeep("apply/" + PCX.value()).orElseThrow();

        scheduler.advance(TIMES.ttl().multipliedBy(5));

        assertThat(two.tryKeep("apply/" + PCX.value())).isEmpty();
        assertThat(applying.stillHeld()).isTrue();
        applying.close();
        assertThat(two.tryKeep("apply/" + PCX.value())).isPresent();
    }

    @Test
    void aLeaseNotRenewedInTimeAndTakenByAnotherReplicaIsLost() {
        LeaseKeeper.Kept applying = one.tryKeep("apply/" + PCX.value()).orElseThrow();
        clock.advance(TIMES.ttl());
        LeaseKeeper.Kept takenOver = two.tryKeep("apply/" + PCX.value()).orElseThrow();

        assertThat(applying.stillHeld()).isFalse();
        assertThat(applying.lost()).isTrue();
        one.renewAll();
        applying.close();
        assertThat(takenOver.stillHeld()).as("the loser's close leaves the new holder's lease").isTrue();
    }

    @Test
    void aLeasePastItsTtlThatNobodyTookIsStillHeld() {
        LeaseKeeper.Kept applying = one.tryKeep("apply/" + PCX.value()).orElseThrow();
        clock.advance(TIMES.ttl().multipliedBy(2));

        assertThat(applying.stillHeld()).isTrue();
        assertThat(two.tryKeep("apply/" + PCX.value())).as("renewed just now").isEmpty();
    }

    @Test
    void aLeasePastItsTtlIsNotHeldWhileTheStoreCannotBeAskedAndIsOnceItCanAgain() {
        boolean[] unreachable = {false};
        Leases flaky = new Leases() {
            @Override
            public Optional<Lease> tryAcquire(String key, Duration ttl) {
                return store.tryAcquire(key, ttl).map(lease -> new Lease() {
                    @Override
                    public String key() {
                        return lease.key();
                    }

                    @Override
                    public boolean renew(Duration ttl) {
                        if (unreachable[0]) {
                            throw new IllegalStateException("the lock table does not answer");
                        }
                        return lease.renew(ttl);
                    }

                    @Override
                    public void close() {
                        lease.close();
                    }
                });
            }

            @Override
            public boolean shared() {
                return true;
            }
        };
        LeaseKeeper keeper = new LeaseKeeper(flaky, TIMES, clock, pause);
        LeaseKeeper.Kept applying = keeper.tryKeep("apply/" + PCX.value()).orElseThrow();
        unreachable[0] = true;

        assertThat(applying.stillHeld()).as("live, not asked").isTrue();
        clock.advance(TIMES.ttl());

        assertThat(applying.stillHeld()).as("expired, and its renewal cannot be made").isFalse();
        assertThatThrownBy(() -> keeper.refuseIfLost("apply/" + PCX.value())).isInstanceOf(LeaseLost.class);
        unreachable[0] = false;
        assertThat(applying.stillHeld()).as("renewed once the store answers, nobody having taken it").isTrue();
    }

    @Test
    void aWatchRunsOnOneReplicaAndAnotherTakesItOverWhenThatOneStops() {
        ManualScheduler scheduler = new ManualScheduler(clock);
        List<String> runs = new ArrayList<>();
        List<String> takenUp = new ArrayList<>();
        StoppableScheduler first = new StoppableScheduler(scheduler);
        StoppableScheduler second = new StoppableScheduler(scheduler);
        one.startOn(first);
        two.startOn(second);
        new WatchTurns(one).of(first, "drift", () -> takenUp.add("one")).every(Duration.ofMinutes(1),
                () -> runs.add("one"));
        new WatchTurns(two).of(second, "drift", () -> takenUp.add("two")).every(Duration.ofMinutes(1),
                () -> runs.add("two"));

        scheduler.advance(Duration.ofMinutes(3));
        assertThat(runs).containsOnly("one").hasSize(4);

        first.stop();
        scheduler.advance(Duration.ofMinutes(2));

        assertThat(runs.subList(4, runs.size())).containsOnly("two").isNotEmpty();
        assertThat(takenUp).containsExactly("one", "two");
    }

    @Test
    void settingsRenewBeforeExpiry() {
        assertThatThrownBy(() -> new LeaseSettings(Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofMillis(100))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTtlOfItsOwnIsRenewedEveryThirdOfItAndKeepsTheOtherTimes() {
        LeaseSettings settings = TIMES.withTtl(Duration.ofSeconds(45)).withDecisionWait(Duration.ofSeconds(4));

        assertThat(settings.ttl()).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.renewEvery()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.decisionWait()).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.pollEvery()).isEqualTo(TIMES.pollEvery());
        assertThat(TIMES.withTtl(Duration.ofSeconds(10)).renewEvery())
                .isBetween(Duration.ofMillis(3333), Duration.ofMillis(3334));
    }

    /** A replica's share of the scheduler: once it stops, none of its runs happen. */
    private static final class StoppableScheduler implements Scheduler {
        private final Scheduler scheduler;
        private volatile boolean stopped;

        StoppableScheduler(Scheduler scheduler) {
            this.scheduler = scheduler;
        }

        @Override
        public void every(Duration interval, Runnable task) {
            scheduler.every(interval, () -> {
                if (!stopped) {
                    task.run();
                }
            });
        }

        void stop() {
            stopped = true;
        }
    }

}
