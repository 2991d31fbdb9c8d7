package io.peerbot.e2e;

import static io.peerbot.e2e.Harness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Scheduler;
import io.peerbot.application.watch.ManualScheduler;
import io.peerbot.application.watch.MovingClock;
import io.peerbot.bootstrap.BotProcess;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.standin.slack.Envelope;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Several processes of the bot, as a team runs it as a service: each its own Socket Mode connection to the one
 * Slack stand-in, all on the one EC2 stand-in and its lock table (start the {@link Harness} {@code withoutBot()} and
 * {@code withLockTable}). Their background work runs when the test moves their shared time ({@link #advance}); a
 * replica stopped runs none of it any more.
 */
final class ReplicaSet implements AutoCloseable {
    private final Harness h;
    private final ManualScheduler scheduler = new ManualScheduler(new MovingClock(Clock.systemUTC()));
    private final List<Replica> replicas = new ArrayList<>();

    ReplicaSet(Harness h) {
        this.h = h;
    }

    /** One process of the bot, and the Socket Mode connection Slack sends it envelopes on. */
    static final class Replica {
        private final BotProcess bot;
        private final Background background;
        private final String connectionId;

        private Replica(BotProcess bot, Background background, String connectionId) {
            this.bot = bot;
            this.background = background;
            this.connectionId = connectionId;
        }

        boolean running() {
            return !background.stopped;
        }
    }

    /** Starts one more replica; returns once it is connected and has looked for unfinished work. */
    Replica start() throws Exception {
        int opened = h.slack.connectionsOpened();
        Background background = new Background(scheduler);
        BotProcess bot = launch(background);
        h.slack.awaitConnectionsOpened(opened + 1, WAIT);
        h.slack.awaitConnected(WAIT);
        awaitResumeDone();
        Replica replica = new Replica(bot, background, "conn-" + (opened + 1));
        replicas.add(replica);
        return replica;
    }

    /**
     * Starts {@code count} replicas at the same moment, as a deployment rolling out does; returns once all are
     * connected and have looked for unfinished work. Which connection is whose is not known:
     * {@link #receiverOf} does not find them.
     */
    List<Replica> startTogether(int count) throws Exception {
        int opened = h.slack.connectionsOpened();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService starting = Executors.newFixedThreadPool(count);
        try {
            List<Future<Replica>> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                started.add(starting.submit(() -> {
                    Background background = new Background(scheduler);
                    go.await();
                    return new Replica(launch(background), background, "");
                }));
            }
            go.countDown();
            List<Replica> together = new ArrayList<>();
            for (Future<Replica> replica : started) {
                together.add(replica.get(WAIT.toMillis(), TimeUnit.MILLISECONDS));
            }
            replicas.addAll(together);
            h.slack.awaitConnectionsOpened(opened + count, WAIT);
            h.slack.awaitConnected(WAIT);
            awaitResumeDone();
            return together;
        } finally {
            starting.shutdownNow();
        }
    }

    private BotProcess launch(Background background) throws Exception {
        BotSettings configured = h.botSettings();
        BotSettings settings = configured.with(configured.policies().withClock(scheduler.clock()));
        return BotProcess.start(settings, background, background);
    }

    /** The replica Slack sent {@code envelope} to. */
    Replica receiverOf(Envelope envelope) {
        return replicas.stream().filter(r -> r.connectionId.equals(envelope.connectionId())).findFirst()
                .orElseThrow(() -> new AssertionError("no replica on " + envelope.connectionId()));
    }

    /** The running replicas other than {@code replica}. */
    List<Replica> others(Replica replica) {
        return replicas.stream().filter(r -> r != replica && r.running()).toList();
    }

    /** Waits until what {@code replica} queued for Slack's threads went out. */
    void awaitDelivered(Replica replica) {
        assertThat(replica.bot.awaitThreadsDelivered(WAIT)).as("the replica's thread messages went out").isTrue();
    }

    /** Moves the replicas' shared time on: the background work that falls due runs, on this thread. */
    void advance(Duration elapsed) {
        scheduler.advance(elapsed);
        for (Replica replica : replicas) {
            if (replica.running()) {
                assertThat(replica.bot.awaitThreadsDelivered(WAIT)).as("the bot's thread messages went out").isTrue();
            }
        }
    }

    /**
     * Moves the replicas' shared time on without waiting for what they queued for Slack's threads to go out: for
     * while Slack refuses it.
     */
    void advanceUndelivered(Duration elapsed) {
        scheduler.advance(elapsed);
    }

    /**
     * Kills a replica as a crash would (see {@link BotProcess#kill}): it runs no more background work and renews no
     * lease, and what it queued for Slack is lost.
     */
    void kill(Replica replica) {
        replica.background.close();
        replica.bot.kill();
    }

    /**
     * Stops a replica on a thread of its own, as a crash or a kill would from the others' point of view: at once it
     * takes no more envelopes, runs no background work and renews no lease; work it is stuck in (e.g. a call EC2
     * holds) is left where it is.
     */
    Thread stopInTheBackground(Replica replica) {
        replica.background.close();
        Thread stopping = new Thread(replica.bot::close, "replica-stop");
        stopping.start();
        return stopping;
    }

    /** Stops a replica and waits until it has. */
    void stop(Replica replica) {
        replica.background.close();
        replica.bot.close();
    }

    @Override
    public void close() {
        for (Replica replica : replicas) {
            if (replica.running()) {
                stop(replica);
            }
        }
    }

    private static void awaitResumeDone() throws InterruptedException {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("peerbot-resume")) {
                thread.join(WAIT.toMillis());
            }
        }
    }

    /** A replica's share of the scheduler: once closed, none of its runs happen. */
    private static final class Background implements Scheduler, AutoCloseable {
        private final Scheduler scheduler;
        private volatile boolean stopped;

        Background(Scheduler scheduler) {
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

        @Override
        public void close() {
            stopped = true;
        }
    }
}
