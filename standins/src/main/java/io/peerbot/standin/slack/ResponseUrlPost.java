package io.peerbot.standin.slack;

import java.time.Instant;

/**
 * One POST the app made to a {@code response_url}.
 *
 * @param envelope  the envelope (command or click) whose {@code response_url} was used
 * @param bodyJson  the JSON body as posted
 * @param outcome   {@code ok}, or the error Slack answers (e.g. {@code invalid_blocks}, {@code expired_url})
 * @param result    the message it posted or changed, or null (deleted, or refused)
 * @param at        when it arrived
 */
public record ResponseUrlPost(Envelope envelope, String bodyJson, String outcome, RecordedMessage result, Instant at) {

    public boolean ok() {
        return "ok".equals(outcome);
    }
}
