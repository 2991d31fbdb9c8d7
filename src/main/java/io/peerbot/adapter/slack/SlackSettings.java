package io.peerbot.adapter.slack;

import java.util.Objects;

/**
 * What the Slack adapter needs to connect: the bot token ({@code xoxb-…}) for the Web API, the app-level
 * token ({@code xapp-…}) for Socket Mode, and the Web API's base URL ({@code SLACK_API_URL}; a local
 * stand-in in tests).
 */
public record SlackSettings(String botToken, String appToken, String apiUrl) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        apiUrl = withTrailingSlash(apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.trim());
    }

    public SlackSettings(String botToken, String appToken) {
        this(botToken, appToken, DEFAULT_API_URL);
    }

    /** The SDK appends the method name to the prefix as is ({@code …/api/chat.postMessage}). */
    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", botToken=" + redact(botToken) + ", appToken=" + redact(appToken)
                + "]";
    }

    private static String redact(String token) {
        return token == null ? "none" : token.length() <= 5 ? "***" : token.substring(0, 5) + "***";
    }
}
