package io.peerbot.standin.ec2;

import java.time.Duration;
import java.util.Random;

/**
 * Faults for one action (or for every action): a share of calls throttled, a share answered with 5xx, and added
 * latency. Draws come from a generator seeded by {@link Faults#seed(long)}, so a sequence of calls meets the same
 * faults on every run.
 */
public final class FaultRule {
    private final Random random;
    private double throttleShare;
    private double serverErrorShare;
    private double lostResponseShare;
    private Duration latency = Duration.ZERO;
    private int maxInFlight = Integer.MAX_VALUE;
    private int inFlight;

    FaultRule(long seed) {
        this.random = new Random(seed);
    }

    /** Answers this share (0..1) of calls with {@link Fault#THROTTLE}. */
    public synchronized FaultRule throttle(double share) {
        this.throttleShare = checkShare(share);
        return this;
    }

    /** Answers this share (0..1) of calls with {@link Fault#INTERNAL_ERROR} or {@link Fault#UNAVAILABLE}. */
    public synchronized FaultRule serverErrors(double share) {
        this.serverErrorShare = checkShare(share);
        return this;
    }

    /**
     * Answers this share (0..1) of calls with {@link Fault#INTERNAL_ERROR_AFTER_APPLY}: the call takes effect, its
     * answer is a 500. Drawn after the throttled and the server errors' shares.
     */
    public synchronized FaultRule lostResponses(double share) {
        this.lostResponseShare = checkShare(share);
        return this;
    }

    /** Delays every call by this much before answering. */
    public synchronized FaultRule latency(Duration latency) {
        this.latency = latency;
        return this;
    }

    /**
     * Throttles calls beyond {@code calls} answered at the same time, as EC2 throttles bursts; with
     * {@link #latency} this tests that parallel callers stay within a limit.
     */
    public synchronized FaultRule maxInFlight(int calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("at least one call must be allowed: " + calls);
        }
        this.maxInFlight = calls;
        return this;
    }

    /** Counts a call in; false when the in-flight limit is reached. */
    synchronized boolean enter() {
        if (inFlight >= maxInFlight) {
            return false;
        }
        inFlight++;
        return true;
    }

    synchronized void leave() {
        inFlight--;
    }

    synchronized Duration latency() {
        return latency;
    }

    synchronized Fault draw() {
        if (throttleShare == 0 && serverErrorShare == 0 && lostResponseShare == 0) {
            return null;
        }
        double r = random.nextDouble();
        if (r < throttleShare) {
            return Fault.THROTTLE;
        }
        if (r < throttleShare + serverErrorShare) {
            return random.nextBoolean() ? Fault.INTERNAL_ERROR : Fault.UNAVAILABLE;
        }
        if (r < throttleShare + serverErrorShare + lostResponseShare) {
            return Fault.INTERNAL_ERROR_AFTER_APPLY;
        }
        return null;
    }

    private static double checkShare(double share) {
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("share must be between 0 and 1: " + share);
        }
        return share;
    }
}
