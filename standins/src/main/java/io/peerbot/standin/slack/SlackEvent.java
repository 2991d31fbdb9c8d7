package io.peerbot.standin.slack;

import java.time.Instant;

/**
 * Everything the stand-in records, in the order it happened; see {@link SlackStandIn#onEvent} and
 * {@link SlackStandIn#events()}.
 */
public sealed interface SlackEvent {

    Instant at();

    /** One line for logs and timeout reports. */
    String describe();

    /** A message or an ephemeral message appeared. */
    record MessagePosted(RecordedMessage message, String via, Instant at) implements SlackEvent {
        public String describe() {
            return (message.ephemeral() ? "ephemeral to " + message.recipient() + " in " : "message in ")
                    + message.channel() + (message.isReply() ? " thread " + message.threadTs() : "")
                    + " ts=" + message.ts() + " via " + via + ": " + abbreviate(message.allText());
        }
    }

    /** A message's content changed ({@code chat.update}, or {@code replace_original}). */
    record MessageUpdated(RecordedMessage message, String via, Instant at) implements SlackEvent {
        public String describe() {
            return "message " + message.channel() + "/" + message.ts() + " updated via " + via + ": "
                    + abbreviate(message.allText());
        }
    }

    record MessageDeleted(RecordedMessage message, String via, Instant at) implements SlackEvent {
        public String describe() {
            return "message " + message.channel() + "/" + message.ts() + " deleted via " + via;
        }
    }

    /** A file was shared ({@code files.completeUploadExternal}). */
    record FileShared(SharedSlackFile file, Instant at) implements SlackEvent {
        public String describe() {
            return "file " + file.id() + " " + file.name() + " (" + file.size() + " bytes, \"" + file.title()
                    + "\") shared in " + file.channel() + (file.threadTs() == null ? "" : " thread " + file.threadTs());
        }
    }

    record EnvelopeSent(Envelope envelope) implements SlackEvent {
        public Instant at() {
            return envelope.sentAt();
        }

        public String describe() {
            return "envelope " + envelope.id() + " (" + envelope.type() + ") sent for " + envelope.userId()
                    + " in " + envelope.channelId() + ": " + abbreviate(envelope.payloadJson());
        }
    }

    record EnvelopeAcked(Ack ack) implements SlackEvent {
        public Instant at() {
            return ack.at();
        }

        public String describe() {
            return "ack for " + ack.envelopeId() + " after " + ack.latency().toMillis() + " ms"
                    + (ack.late() ? " (LATE)" : "") + (ack.payloadJson() == null ? "" : " payload " + abbreviate(ack.payloadJson()))
                    + (ack.payloadError() == null ? "" : " payload refused: " + ack.payloadError());
        }
    }

    /** No ack in time (Slack: 3 s): the person would see "operation_timeout" (command) or an error sign. */
    record AckMissed(Envelope envelope, Instant at) implements SlackEvent {
        public String describe() {
            return "NO ack for " + envelope.id() + " (" + envelope.type() + ") in time";
        }
    }

    record ResponseUrlUsed(ResponseUrlPost post) implements SlackEvent {
        public Instant at() {
            return post.at();
        }

        public String describe() {
            return "response_url of " + post.envelope().id() + " -> " + post.outcome() + ": " + abbreviate(post.bodyJson());
        }
    }

    record ApiCalled(ApiCall call) implements SlackEvent {
        public Instant at() {
            return call.at();
        }

        public String describe() {
            return call.method() + " (" + call.tokenType() + " token) -> " + (call.ok() ? "ok" : call.error());
        }
    }

    record SocketOpened(String connectionId, Instant at) implements SlackEvent {
        public String describe() {
            return "socket " + connectionId + " opened";
        }
    }

    record SocketClosed(String connectionId, int code, String reason, Instant at) implements SlackEvent {
        public String describe() {
            return "socket " + connectionId + " closed (" + code + " " + reason + ")";
        }
    }

    record DisconnectSent(String connectionId, String reason, Instant at) implements SlackEvent {
        public String describe() {
            return "disconnect (" + reason + ") sent on " + connectionId;
        }
    }

    private static String abbreviate(String s) {
        String flat = s == null ? "" : s.replace('\n', ' ');
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "...";
    }

    /** The app published {@code userId}'s Home tab ({@code views.publish}); {@code viewJson} is the view as stored. */
    record HomePublished(String userId, String viewJson, Instant at) implements SlackEvent {
        @Override
        public String describe() {
            return "views.publish: Home tab of " + userId;
        }
    }
}
