package io.peerbot.standin.ec2;

import java.util.ArrayList;
import java.util.List;

/** Every call the stand-in answered, in the order answered. Thread-safe. */
public final class CallLog {
    private final List<Call> calls = new ArrayList<>();
    private int inFlight;
    private int mostInFlight;

    public synchronized void record(Call call) {
        calls.add(call);
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

    public synchronized void clear() {
        calls.clear();
        mostInFlight = inFlight;
    }
}
