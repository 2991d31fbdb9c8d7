package io.peerbot.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.slf4j.LoggerFactory;

/**
 * The approve path end to end: the real bot (Socket Mode, the real SDK) against the Slack stand-in and the EC2
 * stand-in answering every call after a fixed latency (50 ms unless told otherwise). Each round seeds a fresh
 * {@link VpcPair}; alice asks for a peering (tcp:5432) and bob's Approve is the decisive click; then alice asks
 * {@code /peer open <pcx> tcp:6379} and bob's Approve is again decisive. For each click it prints the describe
 * calls the click caused (until the thread's "applied" reply, and in all until the bot is idle again), the
 * writes, the milliseconds to the first reply in the thread and to the "applied" reply; then the median and max
 * over the rounds. A warm-up round comes first and is not counted. Everything is observed from outside the bot,
 * in the stand-ins' logs, and the bot is idle at each click.
 *
 * <pre>./mvnw -B -q -pl bot -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.peerbot.bench.ApproveBenchmark [-Dexec.args="rounds latency-ms"]</pre>
 */
public final class ApproveBenchmark {
    private static final int DEFAULT_ROUNDS = 5;
    private static final long DEFAULT_LATENCY_MILLIS = 50;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String REQUEST_APPLIED = "is ready";
    private static final String OPENED = "Opened `tcp:6379`";
    private static final String REQUEST = "peering request";
    private static final String OPEN = "/peer open tcp:6379";

    private ApproveBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_LATENCY_MILLIS);
        if (rounds < 1 || rounds > 70 || latency.isNegative()) {
            throw new IllegalArgumentException("usage: [rounds 1..70] [latency-ms ≥ 0]");
        }
        System.setProperty("logback.statusListenerClass", "ch.qos.logback.core.status.NopStatusListener");
        ((Logger) LoggerFactory.getLogger("io.peerbot")).setLevel(Level.WARN);

        System.out.printf("Approve path, %s: EC2 stand-in answering after %d ms per call, %d rounds after a warm-up%n%n",
                LocalDate.now(), latency.toMillis(), rounds);
        List<Measurement> requests = new ArrayList<>();
        List<Measurement> opens = new ArrayList<>();
        try (RunningBot bot = RunningBot.start()) {
            bot.ec2().faults().onEveryAction().latency(latency);
            DecisiveClick click = new DecisiveClick(bot, WAIT);
            System.out.printf("%-8s %-20s %16s %10s %7s %12s %10s%n", "round", "decisive click",
                    "describes (all)", "→applied", "writes", "first reply", "applied");
            for (int round = 0; round <= rounds; round++) {
                String label = round == 0 ? "warm-up" : String.valueOf(round);
                Measurement[] measured = round(bot, click, VpcPair.seed(bot.ec2(), round));
                print(label, REQUEST, measured[0]);
                print(label, OPEN, measured[1]);
                if (round > 0) {
                    requests.add(measured[0]);
                    opens.add(measured[1]);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("the benchmark stopped: " + e.getMessage(), e);
        }
        System.out.printf("%nmedian / max of %d rounds%n", rounds);
        System.out.printf("%-20s %18s %18s %20s %18s%n", "decisive click", "describes (all)", "→applied reply",
                "ms → first reply", "ms → applied");
        summary(REQUEST, requests);
        summary(OPEN, opens);
        System.out.printf("%-20s %18s %18s %20s%n", "target", "≤ 16", "", "≤ 300");
        System.out.println("""

                describes (all): from the click until the bot is idle again, the redraw of the messages included;
                →applied reply: only those before the thread's reply saying the change is applied.""");
    }

    /** One request approved, then one {@code /peer open} approved; their two measurements. */
    private static Measurement[] round(RunningBot bot, DecisiveClick click, VpcPair pair) {
        Idle.await(bot, WAIT);
        bot.type(RunningBot.ALICE, pair.requesterName() + " " + pair.accepterName() + " --ports tcp:5432 --no-test");
        RecordedMessage card = bot.slack().await("the request's card with its Approve button", WAIT,
                () -> peeringOf(bot, pair).flatMap(pcx -> awaitingApproval(bot, pcx.id(), "")));
        String pcx = peeringOf(bot, pair).orElseThrow().id();
        Idle.await(bot, WAIT);
        Measurement request = click.approve(RunningBot.BOB, card, card.ts(), REQUEST_APPLIED);

        bot.type(RunningBot.ALICE, "open " + pcx + " tcp:6379");
        RecordedMessage change = bot.slack().await("the /peer open message with its Approve button", WAIT,
                () -> awaitingApproval(bot, pcx, "6379"));
        Idle.await(bot, WAIT);
        Measurement open = click.approve(RunningBot.BOB, change, card.ts(), OPENED);
        return new Measurement[] {request, open};
    }

    private static Optional<StoredPeeringConnection> peeringOf(RunningBot bot, VpcPair pair) {
        return bot.ec2().state().peerings().stream()
                .filter(p -> p.requester().vpcId().equals(pair.requester().id()) && p.status().isLive())
                .findFirst();
    }

    /** The latest message, top-level or in a thread, with an Approve button that names {@code pcx} and {@code text}. */
    private static Optional<RecordedMessage> awaitingApproval(RunningBot bot, String pcx, String text) {
        return bot.slack().allMessages().stream()
                .filter(m -> !m.ephemeral() && !m.deleted() && m.hasButton("peer_approve"))
                .filter(m -> m.allText().contains(pcx) && m.allText().contains(text))
                .reduce((first, later) -> later);
    }

    private static void print(String round, String what, Measurement m) {
        System.out.printf("%-8s %-20s %16d %10d %7d %9d ms %7d ms%n", round, what, m.describes(),
                m.describesUntilApplied(), m.writes(), m.firstReplyMillis(), m.appliedMillis());
    }

    private static void summary(String what, List<Measurement> rounds) {
        System.out.printf("%-20s %18s %18s %20s %18s%n", what, figure(rounds, Measurement::describes),
                figure(rounds, Measurement::describesUntilApplied), figure(rounds, Measurement::firstReplyMillis),
                figure(rounds, Measurement::appliedMillis));
    }

    private static String figure(List<Measurement> rounds, ToLongFunction<Measurement> figure) {
        Summary s = Summary.of(rounds, figure);
        return s.median() + " / " + s.max();
    }
}
