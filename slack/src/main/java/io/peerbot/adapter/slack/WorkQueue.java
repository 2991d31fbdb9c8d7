package io.peerbot.adapter.slack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's own threads, where commands and clicks are worked on after Bolt has acknowledged them. Nobody is
 * turned away because others keep the bot busy: jobs wait in one line per person and the workers take the
 * people in turn, so a burst from one person or of slow plans does not hold up everyone else. Only a person
 * with {@link Size#waitingPerPerson} jobs already waiting is asked to slow down. A job that throws is logged;
 * the worker lives on. A worker starts a job once the envelopes that arrived have their acks ({@link AcksFirst}).
 */
public final class WorkQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);

    /** How many jobs run at once, and how many one person may have waiting. */
    public record Size(int workers, int waitingPerPerson) {
        /**
         * Jobs mostly wait on AWS and Slack, so a few more threads than cores; 20 waiting jobs per person is
         * more than anyone types or clicks by hand.
         */
        public static final Size DEFAULT = new Size(8, 20);

        public Size {
            if (workers < 1 || waitingPerPerson < 1) {
                throw new IllegalArgumentException("workers and waitingPerPerson must be at least 1");
            }
        }
    }

    /** What happened to a job handed in. */
    public sealed interface Admission {
        /** A worker was free: the job runs now. */
        record Started() implements Admission {
        }

        /** The job waits; {@code ahead} jobs will run before it. */
        record Queued(int ahead) implements Admission {
        }

        /** The person already has {@code waiting} jobs waiting; this one was not taken. */
        record SlowDown(int waiting) implements Admission {
        }

        /** The queue is closing (the bot is stopping); the job was not taken. */
        record Closed() implements Admission {
        }
    }

    private record Job(String what, Runnable run) {
    }

    private final String name;
    private final Size size;
    private final AcksFirst acksFirst;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition jobWaiting = lock.newCondition();
    private final Condition allDone = lock.newCondition();
    /** In the order people are served next: after a person's job is taken, they go to the back. */
    private final LinkedHashMap<String, ArrayDeque<Job>> waiting = new LinkedHashMap<>();
    private final List<Thread> workers = new ArrayList<>();
    private int idle;
    private int alive;
    private boolean closed;

    /** A queue that does not wait for acks (for answers that are themselves as urgent as an ack). */
    public WorkQueue(String name, Size size, boolean daemon) {
        this(name, size, daemon, new AcksFirst(java.time.Duration.ZERO));
    }

    public WorkQueue(String name, Size size, boolean daemon, AcksFirst acksFirst) {
        this.name = name;
        this.size = size;
        this.acksFirst = acksFirst;
        for (int i = 1; i <= size.workers(); i++) {
            Thread worker = new Thread(this::work, name + "-" + i);
            worker.setDaemon(daemon);
            workers.add(worker);
        }
        alive = workers.size();
        idle = workers.size();
        workers.forEach(Thread::start);
    }

    /**
     * Hands in {@code person}'s job; never blocks.
     *
     * @param what says in the logs what the job was for, e.g. "/peer list by U123 in C456"
     */
    public Admission submit(String person, String what, Runnable job) {
        lock.lock();
        try {
            if (closed) {
                log.info("{} is closed; turned away: {}", name, what);
                return new Admission.Closed();
            }
            ArrayDeque<Job> own = waiting.get(person);
            int mine = own == null ? 0 : own.size();
            if (mine >= size.waitingPerPerson()) {
                log.warn("{}: {} has {} jobs waiting; asked to slow down: {}", name, person, mine, what);
                return new Admission.SlowDown(mine);
            }
            int ahead = jobsAhead(person, mine);
            int waitingNow = waiting.values().stream().mapToInt(ArrayDeque::size).sum();
            waiting.computeIfAbsent(person, p -> new ArrayDeque<>()).add(new Job(what, job));
            jobWaiting.signal();
            return waitingNow < idle ? new Admission.Started() : new Admission.Queued(ahead);
        } finally {
            lock.unlock();
        }
    }

    /**
     * People are served one job each per round, in the map's order: before this person's next job run their
     * own {@code mine}, and up to {@code mine + 1} of each person ahead of them in the round ({@code mine} of
     * each behind).
     */
    private int jobsAhead(String person, int mine) {
        int ahead = mine;
        boolean behind = false;
        for (Map.Entry<String, ArrayDeque<Job>> line : waiting.entrySet()) {
            if (line.getKey().equals(person)) {
                behind = true;
                continue;
            }
            ahead += Math.min(line.getValue().size(), behind ? mine : mine + 1);
        }
        return ahead;
    }

    private void work() {
        while (true) {
            Job job = next();
            if (job == null) {
                return;
            }
            // after taking it: an idle worker is woken by the very command whose envelope is still being acked
            acksFirst.awaitAcks();
            runLogged(job);
            lock.lock();
            try {
                idle++;
            } finally {
                lock.unlock();
            }
        }
    }

    private Job next() {
        lock.lock();
        try {
            while (waiting.isEmpty() && !closed) {
                jobWaiting.awaitUninterruptibly();
            }
            if (waiting.isEmpty()) {
                alive--;
                allDone.signalAll();
                return null;
            }
            Iterator<Map.Entry<String, ArrayDeque<Job>>> first = waiting.entrySet().iterator();
            Map.Entry<String, ArrayDeque<Job>> line = first.next();
            first.remove();
            Job job = line.getValue().poll();
            if (!line.getValue().isEmpty()) {
                waiting.put(line.getKey(), line.getValue());
            }
            idle--;
            return job;
        } finally {
            lock.unlock();
        }
    }

    private static void runLogged(Job job) {
        try {
            job.run().run();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            log.error("Failed: {}", job.what(), e);
        }
    }

    /** Lets waiting and running jobs finish for up to {@code grace}, then interrupts what is left. */
    public void close(long grace, TimeUnit unit) {
        long deadline = System.nanoTime() + unit.toNanos(grace);
        lock.lock();
        try {
            closed = true;
            jobWaiting.signalAll();
            while (alive > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                allDone.awaitNanos(left);
            }
            if (alive > 0) {
                log.warn("{}: jobs still running after {} {}; interrupting", name, grace, unit);
                waiting.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        close(10, TimeUnit.SECONDS);
    }
}
