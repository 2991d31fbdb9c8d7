package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.Envelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.Optional;

/**
 * {@code n} {@code /peer} commands typed at once, the kinds mixed in turn ({@link CommandKind}): by {@code n}
 * different people, or all by one person flooding the bot. Plans and requests each get a fresh VPC pair, so no two
 * requests are for the same pair. Returns once every command was answered (or refused), once the bot fell idle
 * twice with no new answer between, or after {@code timeout}.
 *
 * <p>Each burst starts from the same account: the requests a burst made are never approved, so once it is over
 * they are rejected and forgotten, as EC2 forgets a rejected request after a while. Left pending, every later
 * plan and request would read all of them (hundreds, beyond any quota AWS grants), and each burst would measure
 * the ones before it.
 */
final class CommandBurst {
    private final RunningBot bot;
    private final LoadOrg org;
    private final String pcx;
    private int lastEc2Calls;
    private Map<String, Long> lastEc2Actions = Map.of();
    private Duration lastEc2Span = Duration.ZERO;
    private Duration lastCpu = Duration.ZERO;
    private List<String> lastUnattributed = List.of();

    /** @param pcx a peering the bot made, for {@code /peer status} */
    CommandBurst(RunningBot bot, LoadOrg org, String pcx) {
        this.bot = bot;
        this.org = org;
        this.pcx = pcx;
    }

    List<CommandOutcome> run(int n, boolean onePerson, Duration timeout) {
        List<String> people = org.people(onePerson ? 1 : n);
        List<String[]> planned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String user = people.get(onePerson ? 0 : i);
            planned.add(command(CommandKind.ofIndex(i), user));
        }
        Idle.await(bot, timeout);
        int mark = bot.ec2().calls().mark();
        java.util.Set<String> peeringsBefore = bot.ec2().state().peerings().stream()
                .map(StoredPeeringConnection::id).collect(Collectors.toSet());
        long cpuBefore = processCpuNanos();
        List<SentCommand> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String user = people.get(onePerson ? 0 : i);
            String[] textAndMarker = planned.get(i);
            Envelope envelope = bot.slack().typeCommand(user, RunningBot.CHANNEL, "/peer", textAndMarker[0]);
            sent.add(new SentCommand(CommandKind.ofIndex(i), user, textAndMarker[0], textAndMarker[1], envelope));
        }
        // Matching answers costs CPU the bot would miss: wait until the bot is idle, then match once.
        Answers answers = new Answers(bot.slack());
        long deadline = System.nanoTime() + timeout.toNanos();
        Answers.Matched matched;
        long found = -1;
        while (true) {
            Idle.await(bot, timeout);
            if (found < 0) {
                lastCpu = Duration.ofNanos(processCpuNanos() - cpuBefore);
            }
            matched = answers.of(sent);
            long now = matched.outcomes().stream().filter(o -> o.answerMillis() >= 0).count();
            // idle twice with nothing new: what is missing will not come
            if (now == sent.size() || now == found || System.nanoTime() > deadline) {
                break;
            }
            found = now;
        }
        List<CommandOutcome> outcomes = matched.outcomes();
        lastUnattributed = matched.unattributed();
        if (Boolean.getBoolean("bench.debug")) {
            outcomes.stream().filter(o -> o.answerMillis() < 0).limit(3).forEach(o -> System.out.println(
                    "  unanswered: " + o.command().text() + " by " + o.command().user() + "; they saw: "
                            + bot.slack().ephemeralsFor(o.command().user()).stream().map(m -> m.allText())
                            .toList()));
        }
        forgetRequestsMadeSince(peeringsBefore);
        List<io.peerbot.standin.ec2.Call> calls = bot.ec2().calls().since(mark);
        lastEc2Calls = calls.size();
        lastEc2Actions = calls.stream().collect(Collectors.groupingBy(io.peerbot.standin.ec2.Call::action,
                TreeMap::new, Collectors.counting()));
        lastEc2Span = calls.isEmpty() ? Duration.ZERO
                : Duration.between(sent.get(0).envelope().sentAt(), calls.get(calls.size() - 1).at());
        return outcomes;
    }

    private void forgetRequestsMadeSince(java.util.Set<String> before) {
        var world = bot.ec2().state();
        world.peerings().stream().filter(p -> !before.contains(p.id()))
                .filter(p -> p.status() == StoredPeeringConnection.Status.PENDING_ACCEPTANCE).forEach(p -> {
                    world.setPeeringStatus(p, StoredPeeringConnection.Status.REJECTED, "Rejected");
                    world.forgetPeering(p.id());
                });
    }

    /** EC2 calls the last burst caused, and from its first command to the last of them. */
    String lastEc2Load() {
        double seconds = lastEc2Span.toMillis() / 1000.0;
        return String.format("%d EC2 calls in %.1f s (%.0f a second)", lastEc2Calls, seconds,
                seconds == 0 ? 0 : lastEc2Calls / seconds);
    }

    /**
     * CPU the process spent from the burst's first envelope until the bot fell idle: the bot, both stand-ins and the
     * sending, all on the same cores. Steadier than times on a shared machine, and what the acks compete with.
     */
    String lastCpu(int commands) {
        return String.format("CPU %.1f s (%.1f ms a command)", lastCpu.toMillis() / 1000.0,
                lastCpu.toNanos() / 1e6 / commands);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The last burst's EC2 calls by action: the busiest show which request-token buckets bound it. */
    String lastEc2Actions() {
        return lastEc2Actions.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * What the last burst's people were told that answers none of their commands (the bot's answer did not say
     * what it answers), if anything: those commands are counted as not answered.
     */
    Optional<String> lastUnattributed() {
        if (lastUnattributed.isEmpty()) {
            return Optional.empty();
        }
        String first = lastUnattributed.get(0).lines().findFirst().orElse("");
        return Optional.of(lastUnattributed.size() + " answers to a person who typed several commands named"
                + " none of them, e.g. \"" + (first.length() > 160 ? first.substring(0, 160) + "…" : first) + "\"");
    }

    /** The text and the marker its answer names (or null). */
    private String[] command(CommandKind kind, String user) {
        return switch (kind) {
            case HELP -> new String[] {"help", null};
            case USAGE_ERROR -> new String[] {"plan app-vpc db-vpc --prots tcp:5432", null};
            case LIST -> new String[] {"list", null};
            case STATUS -> new String[] {"status " + pcx, pcx};
            case PLAN -> {
                LoadOrg.Pair pair = org.pair(user);
                yield new String[] {"plan " + pair.requester() + " " + pair.accepter() + " --ports tcp:5432",
                        pair.requester()};
            }
            case REQUEST -> {
                LoadOrg.Pair pair = org.pair(user);
                yield new String[] {pair.requester() + " " + pair.accepter() + " --ports tcp:5432 --no-test",
                        pair.requester()};
            }
        };
    }
}
