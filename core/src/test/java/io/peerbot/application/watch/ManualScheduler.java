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
 * moves with it: give it to the bot, and the time the bot reads is the time the runs fall due at.
 */
public final class ManualScheduler implements Scheduler, AutoCloseable {
    private final List<Job> jobs = new ArrayList<>();
    private final MovingClock clock;
    private Duration now = Duration.ZERO;

    public ManualScheduler() {
        this(new MovingClock(Clock.systemUTC()));
    }

    public ManualScheduler(MovingClock clock) {
        this.clock = clock;
    }

    /** The clock this scheduler's time moves. */
    public MovingClock clock() {
        return clock;
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
            clock.advance(due.next.minus(now));
            now = due.next;
            due.next = due.next.plus(due.interval);
            due.task.run();
        }
        clock.advance(until.minus(now));
        now = until;
    }

    @Override
    public void close() {
        jobs.clear();
    }
}
