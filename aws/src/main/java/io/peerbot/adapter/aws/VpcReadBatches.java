package io.peerbot.adapter.aws;

import io.peerbot.adapter.aws.pacing.Ec2Pacing;
import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.VpcSnapshot;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * VPC reads in one account and region that would wait for EC2's request tokens share their describes. A read
 * that finds the describe buckets empty waits for its tokens before it sends anything, as it would have anyway;
 * reads that ask meanwhile join it, and when the tokens are there one describe per resource kind, filtered by all
 * their VPCs, answers them all. EC2 meters a describe per call, not per VPC, so a burst of plans reads as many
 * VPCs for a fraction of the tokens. A read that finds tokens waiting goes at once, alone.
 *
 * <p>A read only joins one that has not yet sent anything, so each answer is as fresh as a read of its own would
 * have been: nothing the caller did before asking is missed.
 */
final class VpcReadBatches {
    /** VPCs read together at most: each describe is filtered by all of them, and EC2 takes 200 values a filter. */
    static final int MOST_VPCS = 100;
    /** Longest a batch waits for tokens before it sends; the calls themselves still wait for theirs. */
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final Function<List<String>, Map<String, VpcSnapshot>> readAll;
    private final Function<String, CloudException> notFound;
    private final Supplier<Duration> untilTokens;
    private final Ec2Pacing.Sleeper sleeper;
    private Batch open;

    /**
     * @param readAll     reads these VPCs with one describe per resource kind; a missing VPC has no entry
     * @param notFound    the failure of a read of a VPC that does not exist
     * @param untilTokens how long the describes of a read would wait for their tokens now
     * @param sleeper     waits ({@link Thread#sleep} in production)
     */
    VpcReadBatches(Function<List<String>, Map<String, VpcSnapshot>> readAll, Function<String, CloudException> notFound,
                   Supplier<Duration> untilTokens, Ec2Pacing.Sleeper sleeper) {
        this.readAll = readAll;
        this.notFound = notFound;
        this.untilTokens = untilTokens;
        this.sleeper = sleeper;
    }

    VpcSnapshot snapshot(String vpcId) {
        Batch batch;
        boolean leads;
        synchronized (this) {
            leads = open == null || open.vpcIds.size() >= MOST_VPCS;
            if (leads) {
                open = new Batch();
            }
            batch = open;
            batch.vpcIds.add(vpcId);
            batch.asks++;
        }
        if (leads) {
            batch.lead();
        }
        VpcSnapshot found = batch.result(vpcId);
        if (found == null) {
            throw notFound.apply(vpcId);
        }
        return found;
    }

    /** Reads asked for in the read not yet sent (a VPC asked for twice counts twice). */
    synchronized int waitingAsks() {
        return open == null ? 0 : open.asks;
    }

    private final class Batch {
        final Set<String> vpcIds = new LinkedHashSet<>();
        int asks;
        final CompletableFuture<Map<String, VpcSnapshot>> read = new CompletableFuture<>();

        void lead() {
            // Stopped while waiting: the others' reads still go out; this thread learns of the stop after them.
            boolean interrupted = false;
            try {
                Duration wait = untilTokens.get();
                if (!wait.isZero()) {
                    sleeper.sleep(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
            List<String> reading;
            synchronized (VpcReadBatches.this) {
                if (open == this) {
                    open = null;
                }
                reading = List.copyOf(vpcIds);
            }
            try {
                read.complete(readAll.apply(reading));
            } catch (RuntimeException | Error e) {
                read.completeExceptionally(e);
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        VpcSnapshot result(String vpcId) {
            try {
                return read.join().get(vpcId);
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw e;
            }
        }
    }
}
