package io.peerbot.adapter.slack;

import java.util.Objects;

/**
 * What the Slack adapter needs to connect: the bot token ({@code xoxb-…}) for the Web API, the app-level
 * token ({@code xapp-…}) for Socket Mode, the Web API's base URL ({@code SLACK_API_URL}; a local stand-in in
 * tests) and, for HTTP mode, the signing secret that Slack's requests are verified with.
 */
public record SlackSettings(String botToken, String appToken, String apiUrl, String signingSecret,
                            SlackRetries retries) {
    public static final String DEFAULT_API_URL = "https://slack.com/api/";

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        retries = retries == null ? SlackRetries.SLACK : retries;
        apiUrl = withTrailingSlash(apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.trim());
        signingSecret = signingSecret == null || signingSecret.isBlank() ? null : signingSecret.trim();
    }

    /** Retrying as Slack asks ({@link SlackRetries#SLACK}). */
    public SlackSettings(String botToken, String appToken, String apiUrl, String signingSecret) {
        this(botToken, appToken, apiUrl, signingSecret, SlackRetries.SLACK);
    }

    /** The same settings, retrying calls Slack could not take as {@code other} says. */
    public SlackSettings withRetries(SlackRetries other) {
        return new SlackSettings(botToken, appToken, apiUrl, signingSecret, other);
    }

    /** Socket Mode: no signing secret. */
    public SlackSettings(String botToken, String appToken, String apiUrl) {
        this(botToken, appToken, apiUrl, null);
    }

    public SlackSettings(String botToken, String appToken) {
        this(botToken, appToken, DEFAULT_API_URL);
    }

    /** HTTP mode: no app token, Slack's requests verified with {@code signingSecret}. */
    public static SlackSettings forHttp(String botToken, String signingSecret, String apiUrl) {
        return new SlackSettings(botToken, null, apiUrl, Objects.requireNonNull(signingSecret, "signingSecret"));
    }

    /** The SDK appends the method name to the prefix as is ({@code …/api/chat.postMessage}). */
    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    @Override
    public String toString() {
        return "SlackSettings[apiUrl=" + apiUrl + ", botToken=" + redact(botToken) + ", appToken=" + redact(appToken)
                + ", signingSecret=" + (signingSecret == null ? "none" : "***") + "]";
    }

    private static String redact(String token) {
        return token == null ? "none" : token.length() <= 5 ? "***" : token.substring(0, 5) + "***";
    }
}
