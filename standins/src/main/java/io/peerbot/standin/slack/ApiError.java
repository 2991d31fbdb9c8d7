package io.peerbot.standin.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.List;

/** A Slack error answer ({@code {"ok":false,"error":…}}), thrown by the method implementations. */
final class ApiError extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient JsonObject body;

    ApiError(String error) {
        this(error, List.of());
    }

    /** An error with explanations, which Slack puts in {@code errors} and {@code response_metadata.messages}. */
    ApiError(String error, List<String> explanations) {
        super(explanations.isEmpty() ? error : error + " " + explanations);
        body = new JsonObject();
        body.addProperty("ok", false);
        body.addProperty("error", error);
        if (!explanations.isEmpty()) {
            JsonArray errors = new JsonArray();
            JsonArray messages = new JsonArray();
            for (String e : explanations) {
                errors.add(e);
                messages.add("[ERROR] " + e);
            }
            body.add("errors", errors);
            JsonObject metadata = new JsonObject();
            metadata.add("messages", messages);
            body.add("response_metadata", metadata);
        }
    }

    String error() {
        return body.get("error").getAsString();
    }

    JsonObject body() {
        return body.deepCopy();
    }
}
