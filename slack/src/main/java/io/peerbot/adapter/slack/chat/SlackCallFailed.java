package io.peerbot.adapter.slack.chat;

import java.util.List;

/**
 * A Slack Web API call that failed: Slack answered {@code ok=false} (then {@code error} is Slack's code,
 * e.g. {@code channel_not_found}, and {@code details} its {@code response_metadata.messages}), or the call
 * could not be made at all ({@code error} is {@code http_<status>} or {@code io_error}).
 */
public class SlackCallFailed extends RuntimeException {
    private final String method;
    private final String error;
    private final List<String> details;

    public SlackCallFailed(String method, String error, List<String> details, Throwable cause) {
        super(method + " failed: " + error + (details.isEmpty() ? "" : " " + details), cause);
        this.method = method;
        this.error = error;
        this.details = List.copyOf(details);
    }

    /** The Web API method, e.g. {@code chat.postMessage}. */
    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    public List<String> details() {
        return details;
    }
}
