package io.peerbot.standin.ec2;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Every call the stand-in answered, in the order answered. Thread-safe. */
public final class CallLog {
    private final List<Call> calls = new ArrayList<>();
    private int inFlight;
    private int mostInFlight;

    public synchronized void record(Call call) {
        calls.add(call);
        notifyAll();
    }

    /** A call from a known caller arrived and is being answered; {@link #finished()} follows. */
    public synchronized void started() {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
    }

    public synchronized void finished() {
        inFlight--;
    }

    /**
     * The most calls that were being answered at the same moment since the start or {@link #clear()}: more
     * than one means a caller overlapped its calls.
     */
    public synchronized int mostInFlight() {
        return mostInFlight;
    }

    /** All calls so far. */
    public synchronized List<Call> all() {
        return List.copyOf(calls);
    }

    /** Calls that would change state (see {@link Call#mutating()}), failed ones included. */
    public synchronized List<Call> mutating() {
        return calls.stream().filter(Call::mutating).toList();
    }

    /** Calls of one action, e.g. {@code "CreateRoute"}. */
    public synchronized List<Call> of(String action) {
        return calls.stream().filter(c -> action.equals(c.action())).toList();
    }

    public synchronized long count(String action) {
        return calls.stream().filter(c -> action.equals(c.action())).count();
    }

    /** A position to pass to {@link #since(int)}. */
    public synchronized int mark() {
        return calls.size();
    }

    /** Calls answered after {@code mark}. */
    public synchronized List<Call> since(int mark) {
        return List.copyOf(calls.subList(Math.min(mark, calls.size()), calls.size()));
    }

    /**
     * Waits until the calls answered after {@code mark} satisfy {@code done}, waking at each new call: how a test
     * follows what a client does in the background.
     *
     * @param what described in the failure
     * @return those calls
     * @throws IllegalStateException after {@code timeout}, listing the calls seen
     */
    public synchronized List<Call> awaitSince(int mark, String what, Predicate<List<Call>> done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Call> seen = since(mark);
        while (!done.test(seen)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new IllegalStateException("waited " + timeout.toMillis() + " ms for " + what + "; calls since: "
                        + seen.stream().map(c -> c.account() + ":" + c.region() + " " + c.action()).toList());
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + what, e);
            }
            seen = since(mark);
        }
        return seen;
    }

    public synchronized void clear() {
        calls.clear();
        mostInFlight = inFlight;
    }
}
