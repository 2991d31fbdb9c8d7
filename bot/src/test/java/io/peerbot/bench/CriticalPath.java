package io.peerbot.bench;

import io.peerbot.standin.ec2.RequestBuckets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The least time an approved creation can take from the click to its final state, given EC2's latency per call
 * and, when they are enforced, its request-token buckets: the calls that must follow one another, as levels (every
 * call of a level may go at once; a level starts when the one before has its answers).
 *
 * <p>With buckets, a level's calls on one API's bucket holding {@code T} tokens (size {@code C}, refilled at
 * {@code r} a second) can all have been sent after {@code max(0, (n - T) / r)}: the first {@code T} at once, the
 * rest as the refill allows; so the level takes that plus one call's latency, and a bucket keeps refilling (up to
 * {@code C}) while earlier levels run. Without buckets every level takes one call's latency.
 */
final class CriticalPath {
    /** Calls of one API in one level. */
    record Calls(String action, boolean narrowed, int count) {
    }

    /** Calls that may go at once, after the level before. */
    record Level(String what, List<Calls> calls) {
    }

    private CriticalPath() {
    }

    /**
     * What a decisive Approve on a peering request must do, in order: read the peering's record; read both VPCs
     * (seven describes each at once); their groups' rules; save the approval (consent is recorded before EC2 is
     * asked to act); accept; see it active; add every route and every rule (of both sides at once: their buckets
     * differ); save the change as applied.
     */
    static List<Level> creationApproved(int routes, int ruleCalls) {
        List<Calls> vpcReads = new ArrayList<>();
        for (String describe : List.of("DescribeVpcs", "DescribeSubnets", "DescribeRouteTables",
                "DescribeSecurityGroups", "DescribeInstances", "DescribeNetworkAcls", "DescribeNetworkInterfaces")) {
            vpcReads.add(new Calls(describe, true, 2));
        }
        return List.of(
                new Level("read the record", List.of(new Calls("DescribeVpcPeeringConnections", true, 1))),
                new Level("read both VPCs", vpcReads),
                new Level("their groups' rules", List.of(new Calls("DescribeSecurityGroupRules", true, 2))),
                new Level("save the approval", List.of(new Calls("CreateTags", true, 1))),
                new Level("accept", List.of(new Calls("AcceptVpcPeeringConnection", true, 1))),
                new Level("active", List.of(new Calls("DescribeVpcPeeringConnections", true, 1))),
                new Level("routes ∥ rules", List.of(new Calls("CreateRoute", true, routes),
                        new Calls("AuthorizeSecurityGroupIngress", true, ruleCalls))),
                new Level("save: applied", List.of(new Calls("CreateTags", true, 1))));
    }

    /** Every level one call's latency. */
    static long withoutBuckets(List<Level> levels, long latencyMillis) {
        return levels.size() * latencyMillis;
    }

    /**
     * With the buckets as they are at the click.
     *
     * @param tokensAtClick tokens each API's bucket holds at the click
     */
    static long withBuckets(List<Level> levels, long latencyMillis, RequestBuckets buckets,
                            Map<String, Double> tokensAtClick) {
        Map<String, Double> tokens = new HashMap<>(tokensAtClick);
        Map<String, Double> since = new LinkedHashMap<>();
        double t = 0;
        for (Level level : levels) {
            double wait = 0;
            for (Calls calls : level.calls()) {
                RequestBuckets.Rate rate = buckets.rateOf(calls.action(), calls.narrowed());
                double held = Math.min(rate.capacity(), tokens.get(calls.action())
                        + (t - since.getOrDefault(calls.action(), 0.0)) * rate.refillPerSecond());
                wait = Math.max(wait, Math.max(0, (calls.count() - held) / rate.refillPerSecond()));
                tokens.put(calls.action(), held - calls.count());
                since.put(calls.action(), t);
            }
            t += wait + latencyMillis / 1000.0;
        }
        return Math.round(t * 1000);
    }

    /** The APIs the levels call. */
    static List<Calls> apis(List<Level> levels) {
        Map<String, Calls> apis = new LinkedHashMap<>();
        levels.forEach(l -> l.calls().forEach(c -> apis.putIfAbsent(c.action(), c)));
        return List.copyOf(apis.values());
    }
}
