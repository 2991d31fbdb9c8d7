package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.RequestBuckets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Click → applied against the critical-path bound, for each number of route tables: first with nothing metering
 * EC2 calls (the stand-in answers every call, the bot does not pace: {@code PEERBOT_EC2_RATE=off}), then with the
 * stand-in enforcing EC2's documented request-token buckets and the bot pacing to its own (its default). Each mode
 * has a bot and stand-ins of its own; within a mode the sizes run one after another, so the buckets hold what the
 * rows before left, and the largest size runs once more right after itself (its bucket drained). Each mode starts
 * with one apply of one table a side that is not printed.
 */
final class ApplyBench {
    private ApplyBench() {
    }

    static void run(List<Integer> sizes, Duration latency) throws Exception {
        System.out.println("2. Click → applied vs the critical-path bound (ms from the click)");
        System.out.printf("%-9s %6s %6s %6s %6s %9s %12s %9s %9s %9s %7s%n", "buckets", "tables", "routes",
                "rules", "calls", "throttled", "CreateRoute", "→ saved", "→ ready", "bound", "ratio");
        mode(sizes, latency, false);
        List<Integer> drained = new ArrayList<>(sizes);
        drained.add(sizes.get(sizes.size() - 1));
        mode(drained, latency, true);
        System.out.println("""
                → saved: to the change's final state saved in EC2 (the last CreateTags, plus its latency);
                → ready: to the thread's reply that the peering is ready; ratio: → ready / bound.
                CreateRoute: tokens in that API's bucket at the click. Bound: 8 levels (record; both VPCs; their
                groups' rules; save the approval; accept; active; routes ∥ rules; save), each one call's latency,
                a level's N calls on a bucket holding T tokens refilled at r a second waiting max(0, (N - T) / r).
                """);
    }

    private static void mode(List<Integer> sizes, Duration latency, boolean buckets) throws Exception {
        try (RunningBot bot = RunningBot.start(Map.of("PEERBOT_EC2_RATE", buckets ? "" : "off"))) {
            bot.ec2().faults().onEveryAction().latency(latency);
            RequestBuckets enforced = buckets ? bot.ec2().faults().enforceRequestBuckets() : null;
            ApplyRun run = new ApplyRun(bot, latency, enforced);
            // One apply not counted, on the pair after the measured ones, so that the JVM has compiled the path
            // whether or not the commands part ran before in this JVM.
            run.measure(TablesPair.seed(bot.ec2(), sizes.size(), 1));
            for (int i = 0; i < sizes.size(); i++) {
                ApplyRun.Result r = run.measure(TablesPair.seed(bot.ec2(), i, sizes.get(i)));
                System.out.printf("%-9s %6d %6d %6d %6d %9d %12s %9d %9d %9d %7.2f%n", buckets ? "enforced" : "none",
                        r.tables(), r.routes(), r.ruleCalls(), r.calls(), r.throttled(),
                        r.routeTokens() < 0 ? "—" : String.valueOf(Math.round(r.routeTokens())), r.savedMillis(),
                        r.readyMillis(), r.boundMillis(), (double) r.readyMillis() / r.boundMillis());
            }
            System.out.printf("          load average %s%n", LoadAverage.now());
        }
    }
}
