package io.peerbot.application.engine;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.application.engine.PeeringEngineTest.ready;
import static io.peerbot.application.engine.PeeringEngineTest.ref;
import static io.peerbot.application.engine.PeeringEngineTest.request;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.standin.ec2.seed.RegionSeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * How long an apply takes as the VPCs grow, and what running EC2 calls side by side buys, against the
 * EC2 stand-in with a fixed latency per call (real EC2 answers in tens of milliseconds). Each case is
 * timed several times in one run and the median is reported, with the ratio to one call at a time:
 * compare ratios, not absolute times, on a shared machine. "In flight" bounds both the engine's calls
 * and the describes of a VPC read in each account and region. Run from the repository's root (the
 * benchmarks run in the bot module, whose test classpath holds this one):
 *
 * <pre>./mvnw -B -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.peerbot.application.engine.ApplyBenchmark</pre>
 */
public final class ApplyBenchmark {
    private static final Duration CALL_LATENCY = Duration.ofMillis(25);
    private static final int RUNS = 5;
    private static final PeeringOptions PORTS = new PeeringOptions(
            List.of(PortRange.ICMP, PortRange.tcp(5432)), List.of(), false, true, "");

    private ApplyBenchmark() {
    }

    public static void main(String[] args) {
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        ((Logger) LoggerFactory.getLogger("io.peerbot")).setLevel(Level.WARN);
        System.out.printf("EC2 latency %d ms per call, median of %d applies per case%n", CALL_LATENCY.toMillis(), RUNS);
        System.out.printf("%-14s %-8s %8s %8s %10s %8s%n", "route tables", "groups", "calls", "writes", "median ms",
                "vs 1");
        for (int[] size : new int[][] {{3, 2}, {10, 4}, {30, 10}}) {
            long serial = 0;
            for (int inFlight : new int[] {1, 4, 8}) {
                Result result = measure(size[0], size[1], inFlight, 0);
                if (inFlight == 1) {
                    serial = result.medianMillis;
                }
                System.out.printf("%-14d %-8d %8d %8d %10d %7.2fx   (%d in flight)%n", size[0], size[1], result.calls,
                        result.writes, result.medianMillis, (double) serial / result.medianMillis, inFlight);
            }
        }
        Result calm = measure(10, 4, 4, 0);
        Result throttled = measure(10, 4, 4, 0.3);
        System.out.printf("30%% throttled, N=10 M=4, 4 in flight: %d ms median vs %d ms calm (%.2fx), %d calls vs %d%n",
                throttled.medianMillis, calm.medianMillis, (double) throttled.medianMillis / calm.medianMillis,
                throttled.calls, calm.calls);
    }

    private record Result(long medianMillis, int calls, long writes) {
    }

    private static Result measure(int routeTables, int groups, int inFlight, double throttled) {
        List<Long> times = new ArrayList<>();
        int calls = 0;
        long writes = 0;
        for (int run = 0; run < RUNS; run++) {
            try (StandInAws aws = new StandInAws(inFlight)) {
                RegionSeed east = aws.ec2.seed().account(A).region("us-east-1");
                SeededVpc.seed(east, "app-vpc", "10.0.0.0/16", routeTables, groups);
                SeededVpc.seed(east, "db-vpc", "10.2.0.0/16", routeTables, groups);
                PeeringEngine engine = new PeeringEngine(aws.gateways,
                        EngineSettings.defaults().withCallsInFlightPerLocation(inFlight));
                Proposal proposal = ready(engine.prepare(ref("app-vpc"), ref("db-vpc"), PORTS));
                String pcx = EngineRuns.create(aws.gateways, proposal, Map.of());
                aws.ec2.faults().seed(run).onEveryAction().latency(CALL_LATENCY).throttle(throttled);
                int mark = aws.ec2.calls().mark();
                long start = System.nanoTime();
                EngineRuns.apply(engine, aws.gateways, request(pcx, proposal, PORTS), new RecordingListener());
                times.add((System.nanoTime() - start) / 1_000_000);
                calls = aws.ec2.calls().since(mark).size();
                writes = aws.ec2.calls().since(mark).stream().filter(c -> c.mutating()).count();
            }
        }
        times.sort(Long::compare);
        return new Result(times.get(times.size() / 2), calls, writes);
    }
}
