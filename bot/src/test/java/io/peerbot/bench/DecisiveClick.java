package io.peerbot.bench;

import io.peerbot.e2e.RunningBot;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.slack.RecordedMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Clicks Approve on a message that awaits only that click and measures, from outside the bot, what follows until
 * the bot is idle again: the EC2 calls in the stand-in's call log (each stamped when it arrived) and the moments
 * the Slack stand-in recorded the replies.
 */
final class DecisiveClick {
    private final RunningBot bot;
    private final Duration timeout;

    DecisiveClick(RunningBot bot, Duration timeout) {
        this.bot = bot;
        this.timeout = timeout;
    }

    /**
     * @param approver    who clicks; their approval must be the last one needed
     * @param withButtons the message carrying the Approve button
     * @param threadTs    the thread the bot reports in
     * @param appliedText what the reply that reports the change applied contains
     */
    Measurement approve(String approver, RecordedMessage withButtons, String threadTs, String appliedText) {
        int mark = bot.ec2().calls().mark();
        Instant clicked = Instant.now();
        bot.approve(approver, withButtons);

        RecordedMessage first = bot.slack().await("a reply in the thread after the click", timeout,
                () -> repliesSince(threadTs, clicked).stream().findFirst());
        RecordedMessage applied = bot.slack().await("a reply in the thread containing \"" + appliedText + "\"",
                timeout, () -> repliesSince(threadTs, clicked).stream()
                        .filter(m -> m.allText().contains(appliedText)).findFirst());

        Instant appliedAt = postedAt(applied);
        Idle.await(bot, timeout);
        List<Call> ec2 = bot.ec2().calls().since(mark).stream().filter(c -> "ec2".equals(c.service())).toList();
        return new Measurement(
                ec2.stream().filter(c -> isDescribe(c) && !c.at().isAfter(appliedAt)).count(),
                ec2.stream().filter(DecisiveClick::isDescribe).count(),
                ec2.stream().filter(Call::mutating).count(),
                Duration.between(clicked, postedAt(first)).toMillis(),
                Duration.between(clicked, appliedAt).toMillis());
    }

    private static boolean isDescribe(Call call) {
        return call.action().startsWith("Describe");
    }

    /** Thread replies first posted after {@code since}, oldest first. */
    private List<RecordedMessage> repliesSince(String threadTs, Instant since) {
        return bot.slack().thread(RunningBot.CHANNEL, threadTs).stream()
                .filter(m -> postedAt(m).isAfter(since)).toList();
    }

    private static Instant postedAt(RecordedMessage message) {
        return Optional.ofNullable(message.versions().isEmpty() ? null : message.versions().get(0).at())
                .orElseThrow(() -> new IllegalStateException("message " + message.ts() + " has no recorded version"));
    }
}
