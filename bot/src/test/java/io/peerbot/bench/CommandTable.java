package io.peerbot.bench;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/** Prints the outcome of command bursts: one line per kind of command and one for all of them, per burst. */
final class CommandTable {
    private CommandTable() {
    }

    static void header() {
        System.out.printf("%-22s %-12s %5s %9s %8s %8s %14s %18s %16s%n", "burst", "kind", "sent", "answered",
                "refused", "queued", "ack p50/p99", "first seen p50/p99", "answer p50/p99");
    }

    static void print(String burst, List<CommandOutcome> outcomes) {
        for (CommandKind kind : CommandKind.values()) {
            line(burst, kind.label(), outcomes, o -> o.command().kind() == kind);
        }
        line(burst, "all", outcomes, o -> true);
        System.out.println();
    }

    /** Only the line for all of a burst's commands, for bursts that warm the JVM up. */
    static void summary(String burst, List<CommandOutcome> outcomes) {
        line(burst, "all", outcomes, o -> true);
    }

    private static void line(String burst, String kind, List<CommandOutcome> all, Predicate<CommandOutcome> which) {
        List<CommandOutcome> outcomes = all.stream().filter(which).toList();
        long answered = outcomes.stream().filter(CommandOutcome::answered).count();
        long refused = outcomes.stream().filter(CommandOutcome::refused).count();
        long queued = outcomes.stream().filter(o -> o.firstVisible() >= 0 && o.firstVisible() < o.answerMillis()
                || o.firstVisible() >= 0 && o.answerMillis() < 0).count();
        System.out.printf("%-22s %-12s %5d %9s %8d %8d %14s %18s %16s%n", burst, kind, outcomes.size(),
                answered + " (" + Math.round(100.0 * answered / Math.max(1, outcomes.size())) + "%)", refused, queued,
                figure(outcomes, CommandOutcome::ackMillis), figure(outcomes, CommandOutcome::firstVisible),
                figure(outcomes.stream().filter(CommandOutcome::answered).toList(), CommandOutcome::answerMillis));
    }

    private static String figure(List<CommandOutcome> outcomes, ToLongFunction<CommandOutcome> millis) {
        return Percentiles.of(outcomes.stream().mapToLong(millis).filter(m -> m >= 0).boxed().toList()).figure();
    }
}
