package io.peerbot.application.port;

/** What stopped a piece of work, as facts for people: AWS's refusal of a call, or anything else by its message. */
public sealed interface Problem {

    /** AWS refused or failed {@code action} with {@code code}; {@code permissionDenied}: the bot's role lacks it. */
    record Cloud(String action, String code, String message, boolean permissionDenied) implements Problem {
    }

    /** Anything else that went wrong (e.g. the chat refusing a post), by its message. */
    record Unexpected(String message) implements Problem {
    }

    /** The process stopped after the change failed and before it said why; the reason is only in its log. */
    record NotRecorded() implements Problem {
    }

    static Cloud of(CloudException e) {
        return new Cloud(e.action(), e.code(), e.getMessage(), e.permissionDenied());
    }

    static Unexpected of(RuntimeException e) {
        return new Unexpected(e.getMessage());
    }
}
