package io.peerbot.application.watch;

import io.peerbot.application.port.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A scheduler whose time moves only when the test moves it; runs happen on the test's thread. Its {@link #clock()}
 * is the real time plus all the time moved on, so what the bot dates by it falls due as the test moves time, and
 * what waits on real time (a poll's deadline) still ends.
 */
public final class ManualScheduler implements Scheduler, AutoCloseable {
    private final List<Job> jobs = new ArrayList<>();
    private volatile Duration now;

    public ManualScheduler() {
        this(Duration.ZERO);
    }

    /** A scheduler for a process that starts after {@code movedOn} of moved time (a restart keeps the clock). */
    public ManualScheduler(Duration movedOn) {
        this.now = movedOn;
    }

    /** All the time moved on so far. */
    public Duration movedOn() {
        return now;
    }

    /** The real time, plus the time moved on. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(now);
            }
        };
    }

    private static final class Job {
        final Duration interval;
        final Runnable task;
        Duration next;

        Job(Duration interval, Runnable task, Duration next) {
            this.interval = interval;
            this.task = task;
            this.next = next;
        }
    }

    /** Runs {@code task} at once, as the real scheduler does, and then whenever time passes its interval. */
    @Override
    public synchronized void every(Duration interval, Runnable task) {
        jobs.add(new Job(interval, task, now.plus(interval)));
        task.run();
    }

    /** Moves time on by {@code elapsed}, running every job that falls due on the way, in order. */
    public synchronized void advance(Duration elapsed) {
        Duration until = now.plus(elapsed);
        while (true) {
            Job due = jobs.stream().filter(j -> j.next.compareTo(until) <= 0)
                    .min((a, b) -> a.next.compareTo(b.next)).orElse(null);
            if (due == null) {
                break;
            }
            now = due.next;
            due.next = due.next.plus(due.interval);
            due.task.run();
        }
        now = until;
    }

    @Override
    public void close() {
        jobs.clear();
    }
}
