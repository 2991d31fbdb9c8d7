package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.RequestBuckets;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One peering between a {@link TablesPair} asked for by alice and approved by bob, the click measured from outside
 * the bot: the EC2 calls in the stand-in's log, the moment the change's final state was saved (the last
 * {@code CreateTags} before the thread says the peering is ready, plus its latency) and the moment that reply was
 * posted.
 */
final class ApplyRun {
    private static final String READY = "is ready";

    /**
     * @param routes     {@code CreateRoute} calls the apply made that succeeded
     * @param ruleCalls  {@code AuthorizeSecurityGroupIngress} calls that succeeded
     * @param calls      EC2 calls from the click to the ready reply, throttled ones included
     * @param throttled  of those, answered {@code RequestLimitExceeded}
     * @param routeTokens {@code CreateRoute} tokens in the stand-in's bucket at the click (-1 without buckets)
     */
    record Result(int tables, int routes, int ruleCalls, int calls, int throttled, long savedMillis,
                  long readyMillis, long boundMillis, double routeTokens) {
    }

    private final RunningBot bot;
    private final Duration latency;
    private final RequestBuckets buckets;

    /** @param buckets the stand-in's buckets, or null when not enforced */
    ApplyRun(RunningBot bot, Duration latency, RequestBuckets buckets) {
        this.bot = bot;
        this.latency = latency;
        this.buckets = buckets;
    }

    Result measure(TablesPair pair) {
        bot.type(RunningBot.ALICE, pair.requester() + " " + pair.accepter() + " --ports tcp:5432 --no-test");
        RecordedMessage card = bot.slack().await("the card of " + pair.requester(), LoadBenchmark.WAIT,
                () -> bot.slack().allMessages().stream().filter(m -> !m.ephemeral() && !m.isReply()
                        && m.hasButton("peer_approve") && m.allText().contains(pair.requester())).findFirst());
        Idle.await(bot, LoadBenchmark.WAIT);
        Map<String, Double> tokens = new HashMap<>();
        List<CriticalPath.Calls> apis = CriticalPath.apis(CriticalPath.creationApproved(1, 1));
        if (buckets != null) {
            apis.forEach(c -> tokens.put(c.action(), buckets.tokens(RunningBot.ACCOUNT, RunningBot.REGION,
                    c.action(), c.narrowed())));
        }
        int mark = bot.ec2().calls().mark();
        Instant clicked = Instant.now();
        bot.approve(RunningBot.BOB, card);
        RecordedMessage ready = bot.slack().await("the reply that " + pair.requester() + "'s peering is ready",
                LoadBenchmark.WAIT, () -> bot.slack().thread(RunningBot.CHANNEL, card.ts()).stream()
                        .filter(m -> m.allText().contains(READY)).findFirst());
        Instant readyAt = ready.versions().get(0).at();
        Idle.await(bot, LoadBenchmark.WAIT);
        List<Call> calls = bot.ec2().calls().since(mark).stream()
                .filter(c -> "ec2".equals(c.service()) && !c.at().isAfter(readyAt)).toList();
        if (Boolean.getBoolean("bench.trace")) {
            trace(clicked, calls, card.ts(), readyAt);
        }
        int routes = succeeded(calls, "CreateRoute");
        int rules = succeeded(calls, "AuthorizeSecurityGroupIngress");
        Instant saved = calls.stream().filter(c -> "CreateTags".equals(c.action()) && c.succeeded())
                .map(Call::at).reduce((a, b) -> b).orElse(readyAt).plus(latency);
        List<CriticalPath.Level> path = CriticalPath.creationApproved(routes, rules);
        long bound = buckets == null ? CriticalPath.withoutBuckets(path, latency.toMillis())
                : CriticalPath.withBuckets(path, latency.toMillis(), buckets, tokens);
        return new Result(pair.tables(), routes, rules, calls.size(),
                (int) calls.stream().filter(Call::throttled).count(), Duration.between(clicked, saved).toMillis(),
                Duration.between(clicked, readyAt).toMillis(), bound,
                buckets == null ? -1 : tokens.get("CreateRoute"));
    }

    /** With {@code -Dbench.trace=true}: each EC2 call and thread reply, ms after the click. */
    private void trace(Instant clicked, List<Call> calls, String threadTs, Instant readyAt) {
        StringBuilder out = new StringBuilder("  trace:");
        for (Call c : calls) {
            out.append(String.format("%n    %5d  %s%s", Duration.between(clicked, c.at()).toMillis(), c.action(),
                    c.succeeded() ? "" : " " + c.errorCode()));
        }
        for (RecordedMessage m : bot.slack().thread(RunningBot.CHANNEL, threadTs)) {
            Instant at = m.versions().get(0).at();
            if (at.isAfter(clicked) && !at.isAfter(readyAt)) {
                out.append(String.format("%n    %5d  slack: %s", Duration.between(clicked, at).toMillis(),
                        m.text().lines().findFirst().orElse("")));
            }
        }
        System.out.println(out);
    }

    private static int succeeded(List<Call> calls, String action) {
        return (int) calls.stream().filter(c -> action.equals(c.action()) && c.succeeded()).count();
    }

    static Optional<StoredPeeringConnection> live(RunningBot bot, String requesterVpcId) {
        return bot.ec2().state().peerings().stream()
                .filter(p -> p.requester().vpcId().equals(requesterVpcId) && p.status().isLive()).findFirst();
    }
}
