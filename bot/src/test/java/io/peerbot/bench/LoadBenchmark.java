package io.peerbot.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.slf4j.LoggerFactory;

/**
 * The bot under load, end to end: the real bot (Socket Mode, the real SDK) against the Slack stand-in and the EC2
 * stand-in answering every call after 50 ms. Prints two tables, and names the command for the third:
 *
 * <ol>
 *   <li><b>commands</b>: bursts of 50, 100 and 200 {@code /peer} commands typed at once (help, a usage error, list,
 *       status, plan, a request, in turn), each by a different person, and one burst of 200 by a single person:
 *       ack p50/p99, how many were answered or refused, and slash → first thing seen and → the answer, p50/p99
 *       per kind ({@link CommandBurst}, {@link Answers});</li>
 *   <li><b>apply</b>: click → applied for a peering between two VPCs with 1, 10, 50 and 100 route tables each,
 *       against the critical-path bound, without and with EC2's request-token buckets enforced by the stand-in
 *       ({@link ApplyRun}, {@link CriticalPath});</li>
 *   <li><b>start</b> time and RSS: {@link StartBenchmark} (its command is printed).</li>
 * </ol>
 *
 * <pre>./mvnw -B -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.peerbot.bench.LoadBenchmark [-Dexec.args="commands=50,100,200 flood=200 apply=1,10,50,100"]</pre>
 *
 * Each argument picks a part and its sizes; without arguments all run (4 to 7 minutes on two cores, by their
 * load).
 * {@code latency=50} sets the EC2 stand-in's milliseconds per call; {@code warmup=1000} the commands typed before
 * the measured bursts.
 */
public final class LoadBenchmark {
    static final Duration WAIT = Duration.ofSeconds(120);
    /**
     * Commands typed once before the measured bursts, so the classes they use are loaded; then bursts as large as the
     * largest measured until {@link #WARM_UP_COMMANDS} have been typed, printed but not counted: a bot that has run
     * a while meets its bursts warm, and the first large burst shows how much slower a cold one is.
     */
    private static final int WARM_UP = 30;
    /**
     * The image's JIT (C1 only) compiles a method once it has run some hundreds of times, more while its queue is
     * long: code that runs once per envelope (reading a frame, parsing an envelope, sending an ack) was still being
     * compiled during a fourth burst of 200, the compiler threads taking a third of the CPU in the first 150 ms of
     * each burst (async-profiler, {@code -XX:+PrintCompilation}). From the fifth on it was done.
     */
    private static final int WARM_UP_COMMANDS = 1000;
    /**
     * After the warm-up, for the bot's request-token buckets (EC2's documented ones) to fill up again: a burst of 200
     * makes 99 {@code CreateVpcPeeringConnection} calls, and the mutating bucket (200 tokens, 5 a second) ran dry
     * in the fifth burst in a row, pacing the requests that followed as EC2 would.
     */
    private static final Duration BUCKETS_REFILL = Duration.ofSeconds(40);
    /**
     * The bursts' requests are never approved, and one burst of 200 alone asks for 33: within AWS's default quota
     * of 25 outstanding requests per account, later plans and requests would be answered with the quota, and the
     * bursts would time that refusal instead of a plan or a request. So the bot is told of a quota no run reaches
     * ({@code PEERBOT_QUOTAS}), and the EC2 stand-in the same, as for an account whose quota AWS raised.
     */
    private static final int OUTSTANDING_REQUESTS = 5000;
    private static final String QUOTAS = "outstanding-requests=" + OUTSTANDING_REQUESTS;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        OptionalInt ranElsewhere = ImageJvm.rerunUnlessImage(LoadBenchmark.class, args);
        if (ranElsewhere.isPresent()) {
            System.exit(ranElsewhere.getAsInt());
        }
        Map<String, List<Integer>> parts = Arguments.parse(args.length == 0
                ? new String[] {"commands=50,100,200", "flood=200", "apply=1,10,50,100"} : args);
        Duration latency = Duration.ofMillis(parts.getOrDefault("latency", List.of(50)).get(0));
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        ((Logger) LoggerFactory.getLogger("io.peerbot")).setLevel(Level.ERROR);
        ((Logger) LoggerFactory.getLogger("com.slack")).setLevel(Level.ERROR);
        System.out.printf("Load benchmark, %s: EC2 stand-in answering after %d ms per call; load average %s%n"
                + "in one JVM with %s%n%n", LocalDate.now(), latency.toMillis(), LoadAverage.now(),
                ImageJvm.described());
        try {
            if (parts.containsKey("commands") || parts.containsKey("flood")) {
                commands(parts.getOrDefault("commands", List.of()), parts.getOrDefault("flood", List.of()), latency,
                        parts.getOrDefault("warmup", List.of(WARM_UP_COMMANDS)).get(0));
            }
            if (parts.containsKey("apply")) {
                ApplyBench.run(parts.get("apply"), latency);
            }
        } catch (Exception e) {
            throw new IllegalStateException("the benchmark stopped: " + e.getMessage(), e);
        }
        System.out.println("Start time and RSS: the production jar as a process of its own (StartBenchmark):");
        System.out.println("    ./mvnw -B -q -pl bot -am package -DskipTests");
        System.out.println("    ./mvnw -B -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test "
                + "-Dexec.mainClass=io.peerbot.bench.StartBenchmark -Dexec.args=\"3\"");
        System.exit(0);
    }

    private static void commands(List<Integer> bursts, List<Integer> floods, Duration latency, int warmUpCommands)
            throws Exception {
        // no EC2 or Slack faults, so the SDK's retries that start(env) sets to production's never run
        try (RunningBot bot = RunningBot.start(Map.of("PEERBOT_QUOTAS", QUOTAS))) {
            bot.ec2().settings().outstandingPeeringRequests(OUTSTANDING_REQUESTS);
            bot.ec2().faults().onEveryAction().latency(latency);
            String pcx = peering(bot);
            LoadOrg org = new LoadOrg(bot);
            CommandBurst burst = new CommandBurst(bot, org, pcx);
            burst.run(WARM_UP, false, WAIT);
            int largest = java.util.stream.Stream.concat(bursts.stream(), floods.stream()).mapToInt(n -> n).max()
                    .orElse(WARM_UP);
            System.out.println("1. Commands typed at once (times in ms from the envelope's sending), after a burst of "
                    + WARM_UP + " and bursts of " + largest + " up to " + Math.max(largest, warmUpCommands)
                    + " commands, not counted; PEERBOT_QUOTAS=" + QUOTAS);
            CommandTable.header();
            printed("cold " + largest + ", uncounted", burst.run(largest, false, WAIT), burst);
            for (int typed = 2 * largest; typed <= warmUpCommands; typed += largest) {
                CommandTable.summary("warm-up " + largest + ", uncounted", burst.run(largest, false, WAIT));
            }
            if (warmUpCommands > largest) {
                System.out.printf("(then %d s for EC2's request-token buckets to fill up again)%n",
                        BUCKETS_REFILL.toSeconds());
                Thread.sleep(BUCKETS_REFILL.toMillis());
            }
            System.out.println();
            for (int n : bursts) {
                printed(n + ", " + n + " people", burst.run(n, false, WAIT), burst);
            }
            for (int n : floods) {
                printed(n + ", one person", burst.run(n, true, WAIT), burst);
            }
        }
    }

    private static void printed(String label, List<CommandOutcome> outcomes, CommandBurst burst) {
        CommandTable.print(label, outcomes);
        burst.lastUnattributed().ifPresent(note -> System.out.printf("%22s %s%n", "", note));
        System.out.printf("%22s %s; %s; load average %s%n%22s by action: %s%n%n", "", burst.lastEc2Load(),
                burst.lastCpu(outcomes.size()), LoadAverage.now(), "", burst.lastEc2Actions());
    }

    /** A peering the bot made (app-vpc with db-vpc), for {@code /peer status}. */
    private static String peering(RunningBot bot) {
        bot.type(RunningBot.ALICE, "app-vpc db-vpc --ports tcp:5432 --no-test");
        RecordedMessage card = bot.slack().awaitMessage(m -> !m.isReply() && m.hasButton("peer_approve"), WAIT);
        bot.approve(RunningBot.BOB, card);
        bot.slack().awaitMessage(m -> card.ts().equals(m.threadTs()) && m.allText().contains("is ready"), WAIT);
        Idle.await(bot, WAIT);
        return bot.ec2().state().peerings().stream().filter(p -> p.status().isLive())
                .map(StoredPeeringConnection::id).findFirst().orElseThrow();
    }

    /** {@code part=1,2,3} arguments. */
    static final class Arguments {
        private Arguments() {
        }

        static Map<String, List<Integer>> parse(String[] args) {
            Map<String, List<Integer>> parts = new java.util.LinkedHashMap<>();
            for (String arg : args) {
                for (String one : arg.trim().split("\\s+")) {
                    String[] kv = one.split("=", 2);
                    if (kv.length != 2 || !List.of("commands", "flood", "apply", "latency", "warmup").contains(kv[0])) {
                        throw new IllegalArgumentException("usage: [commands=50,100,200] [flood=200] "
                                + "[apply=1,10,50,100] [latency=50] [warmup=1000]; got " + one);
                    }
                    List<Integer> sizes = new ArrayList<>();
                    Arrays.stream(kv[1].split(",")).map(String::trim).map(Integer::parseInt).forEach(sizes::add);
                    parts.put(kv[0], sizes);
                }
            }
            return parts;
        }
    }
}
