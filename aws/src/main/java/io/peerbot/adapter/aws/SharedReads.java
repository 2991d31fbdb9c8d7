package io.peerbot.adapter.aws;

import io.peerbot.adapter.aws.pacing.Ec2Pacing;
import io.peerbot.domain.network.Location;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads of one kind in one account and region share their calls when they would otherwise wait. A read waits
 * while another read of its kind is being answered, and when it finds its buckets empty, for its tokens (its calls
 * would have waited for them anyway); reads that ask meanwhile join it, and one read for all their keys (one
 * describe filtered by all of them) answers them all. EC2 meters a call, not what it names, so a burst of commands
 * reads as much for a fraction of the calls and tokens. A read that finds none of its kind in flight and tokens
 * waiting goes at once, alone.
 *
 * <p>A read only joins one that has not yet sent anything, so each answer is as fresh as a read of its own would
 * have been: nothing the caller did before asking is missed.
 *
 * @param <T> what is read for one key
 */
final class SharedReads<T> {
    /** Keys read together at most: a describe is filtered by all of them, and EC2 takes 200 values a filter. */
    static final int MOST_KEYS = 100;
    /**
     * Longest a read waits for the read in flight and for tokens before it sends (the sum of its waits); its calls
     * still wait for their tokens.
     */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final Function<List<String>, Map<String, T>> readAll;
    private final Supplier<Duration> untilTokens;
    private final Ec2Pacing.Sleeper sleeper;
    private Batch open;
    /** Reads of this kind being answered: the next one waits for them, open to others meanwhile. */
    private int inFlight;

    /**
     * @param readAll     reads these keys together; a key with nothing to show has no entry
     * @param untilTokens how long the calls of a read would wait for their tokens now
     * @param sleeper     waits ({@link Thread#sleep} in production)
     */
    SharedReads(Function<List<String>, Map<String, T>> readAll, Supplier<Duration> untilTokens,
                Ec2Pacing.Sleeper sleeper) {
        this.readAll = readAll;
        this.untilTokens = untilTokens;
        this.sleeper = sleeper;
    }

    /**
     * Reads paced to {@code pacing}'s buckets for {@code actions} at {@code location} ({@code narrowed}: filtered
     * describes), waiting with {@link Thread#sleep}; with no pacing (null), every read goes at once, alone.
     */
    static <T> SharedReads<T> pacedBy(Ec2Pacing pacing, Location location, boolean narrowed, List<String> actions,
                                      Function<List<String>, Map<String, T>> readAll) {
        Supplier<Duration> untilTokens = () -> pacing == null ? Duration.ZERO : actions.stream()
                .map(action -> pacing.untilFree(location, action, narrowed))
                .max(Duration::compareTo).orElse(Duration.ZERO);
        return new SharedReads<>(readAll, untilTokens, Ec2Pacing.Sleeper.THREAD);
    }

    /** What there is for {@code key}, read with whichever reads ask meanwhile; empty when there is nothing. */
    Optional<T> find(String key) {
        return Optional.ofNullable(findAll(List.of(key)).get(key));
    }

    /** What there is for these keys, read together (and with whichever reads ask meanwhile); absent: nothing. */
    Map<String, T> findAll(List<String> wanted) {
        Batch batch;
        boolean leads;
        synchronized (this) {
            leads = open == null || open.keys.size() + wanted.size() > MOST_KEYS;
            if (leads) {
                open = new Batch();
            }
            batch = open;
            batch.keys.addAll(wanted);
            batch.asks += wanted.size();
        }
        if (leads) {
            batch.lead();
        }
        Map<String, T> read = batch.result();
        Map<String, T> found = new LinkedHashMap<>();
        wanted.forEach(key -> {
            if (read.containsKey(key)) {
                found.put(key, read.get(key));
            }
        });
        return found;
    }

    /** Reads asked for in the read not yet sent (a key asked for twice counts twice). */
    synchronized int waitingAsks() {
        return open == null ? 0 : open.asks;
    }

    private final class Batch {
        final Set<String> keys = new LinkedHashSet<>();
        final CompletableFuture<Map<String, T>> read = new CompletableFuture<>();
        int asks;

        void lead() {
            // Stopped while waiting: the others' reads still go out; this thread learns of the stop after them.
            boolean interrupted = false;
            List<String> reading;
            try {
                Duration waited = awaitNoneInFlight();
                // Until the tokens are there now: another read of the same bucket may have taken the ones this
                // waited for, and waiting on with the read still open lets more join it.
                Duration wait;
                while (!(wait = untilTokens.get()).isZero() && waited.compareTo(LONGEST_WAIT) < 0) {
                    Duration left = LONGEST_WAIT.minus(waited);
                    Duration now = wait.compareTo(left) > 0 ? left : wait;
                    sleeper.sleep(now);
                    waited = waited.plus(now);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
            synchronized (SharedReads.this) {
                if (open == this) {
                    open = null;
                }
                inFlight++;
                reading = List.copyOf(keys);
            }
            try {
                read.complete(readAll.apply(reading));
            } catch (RuntimeException | Error e) {
                read.completeExceptionally(e);
            } finally {
                synchronized (SharedReads.this) {
                    inFlight--;
                    SharedReads.this.notifyAll();
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Waits (up to the longest wait) while a read of this kind is being answered; how long it waited. */
        private Duration awaitNoneInFlight() throws InterruptedException {
            synchronized (SharedReads.this) {
                if (inFlight == 0) {
                    return Duration.ZERO;
                }
                long start = System.nanoTime();
                long deadline = start + LONGEST_WAIT.toNanos();
                long left;
                while (inFlight > 0 && (left = deadline - System.nanoTime()) > 0) {
                    TimeUnit.NANOSECONDS.timedWait(SharedReads.this, left);
                }
                return Duration.ofNanos(System.nanoTime() - start);
            }
        }

        Map<String, T> result() {
            return ParallelDescribes.valueOf(read);
        }
    }
}
