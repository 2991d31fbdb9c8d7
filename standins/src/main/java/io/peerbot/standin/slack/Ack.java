package io.peerbot.standin.slack;

import java.time.Duration;
import java.time.Instant;

/**
 * The app's acknowledgement of an envelope.
 *
 * @param envelope     the envelope acknowledged
 * @param payloadJson  the ack's {@code payload} (e.g. the text of {@code ctx.ack("…")}), or null for a bare ack
 * @param latency      from writing the envelope to the socket to reading the ack
 * @param late         later than Slack's 3-second limit: Slack would already have shown the person an error
 * @param payloadError why Slack would reject the payload (e.g. {@code invalid_blocks}), or null
 * @param at           when the ack was read
 */
public record Ack(Envelope envelope, String payloadJson, Duration latency, boolean late, String payloadError, Instant at) {

    public String envelopeId() {
        return envelope.id();
    }
}
