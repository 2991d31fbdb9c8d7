package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import java.time.Duration;
import java.util.List;

/** Waits for the bot to be done with what it was doing, as the stand-ins see it. */
final class Idle {
    /** The bot counts as idle once neither stand-in has seen a call for this long. */
    private static final Duration QUIET = Duration.ofMillis(750);

    private Idle() {
    }

    /** Returns once neither stand-in has seen a call for {@link #QUIET}; fails after {@code timeout}. */
    static void await(RunningBot bot, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Integer> seen = List.of();
        while (true) {
            List<Integer> now = List.of(bot.ec2().calls().mark(), bot.slack().apiCalls().size());
            if (now.equals(seen)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the bot kept calling EC2 or Slack for " + timeout.toSeconds() + " s");
            }
            seen = now;
            try {
                Thread.sleep(QUIET.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the bot to be idle", e);
            }
        }
    }
}
