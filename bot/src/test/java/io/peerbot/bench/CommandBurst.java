package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.slack.Envelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code n} {@code /peer} commands typed at once, the kinds mixed in turn ({@link CommandKind}): by {@code n}
 * different people, or all by one person flooding the bot. Plans and requests each get a fresh VPC pair, so no two
 * requests are for the same pair. Returns once every command was answered (or refused), or after {@code timeout}.
 */
final class CommandBurst {
    private final RunningBot bot;
    private final LoadOrg org;
    private final String pcx;

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
        List<SentCommand> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String user = people.get(onePerson ? 0 : i);
            String[] textAndMarker = planned.get(i);
            Envelope envelope = bot.slack().typeCommand(user, RunningBot.CHANNEL, "/peer", textAndMarker[0]);
            // One person per command: whatever answers them answers it. One person typing many: by what it names.
            sent.add(new SentCommand(CommandKind.ofIndex(i), user, textAndMarker[0],
                    onePerson ? textAndMarker[1] : null, envelope));
        }
        // Matching answers costs CPU the bot would miss: wait until the bot is idle, then match once.
        Answers answers = new Answers(bot.slack());
        long deadline = System.nanoTime() + timeout.toNanos();
        List<CommandOutcome> outcomes;
        do {
            Idle.await(bot, timeout);
            outcomes = answers.of(sent);
        } while (outcomes.stream().anyMatch(o -> o.answerMillis() < 0) && System.nanoTime() < deadline);
        if (Boolean.getBoolean("bench.debug")) {
            outcomes.stream().filter(o -> o.answerMillis() < 0).limit(3).forEach(o -> System.out.println(
                    "  unanswered: " + o.command().text() + " by " + o.command().user() + "; they saw: "
                            + bot.slack().ephemeralsFor(o.command().user()).stream().map(m -> m.allText())
                            .toList()));
        }
        return outcomes;
    }

    /** The text and the marker its answer names (or null). */
    private String[] command(CommandKind kind, String user) {
        return switch (kind) {
            case HELP -> new String[] {"help", null};
            case USAGE_ERROR -> new String[] {"plan app-vpc db-vpc --prots tcp:5432", null};
            case LIST -> new String[] {"list", null};
            case STATUS -> new String[] {"status " + pcx, null};
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
