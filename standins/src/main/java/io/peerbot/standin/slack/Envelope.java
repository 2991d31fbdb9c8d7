package io.peerbot.standin.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Instant;

/**
 * A Socket Mode envelope the stand-in sent to the app: a typed command or a click.
 *
 * @param id           {@code envelope_id}, which the app's ack must carry
 * @param type         {@code slash_commands}, {@code interactive} or {@code events_api}
 * @param payloadJson  the {@code payload} exactly as sent
 * @param userId       who typed or clicked
 * @param channelId    where
 * @param responseUrl  the payload's {@code response_url}
 * @param triggerId    the payload's {@code trigger_id}
 * @param connectionId the Socket Mode connection it went out on
 * @param sentAt       when it was written to the socket
 */
public record Envelope(
        String id,
        String type,
        String payloadJson,
        String userId,
        String channelId,
        String responseUrl,
        String triggerId,
        String connectionId,
        Instant sentAt) {

    public static final String SLASH_COMMANDS = "slash_commands";
    public static final String INTERACTIVE = "interactive";
    public static final String EVENTS_API = "events_api";

    /** A fresh copy of the payload. */
    public JsonObject payload() {
        return JsonParser.parseString(payloadJson).getAsJsonObject();
    }
}
