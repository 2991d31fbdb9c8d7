package io.peerbot.bootstrap;

import io.peerbot.adapter.slack.SlackSettings;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.config.Config;

/** How the configuration says to reach Slack, and how Slack is to reach the bot. */
public final class SlackFromConfig {
    private SlackFromConfig() {
    }

    /** @throws java.util.NoSuchElementException without {@code SLACK_BOT_TOKEN} */
    public static SlackSettings settings(Config config) {
        return new SlackSettings(config.botToken().orElseThrow(), config.appToken().orElse(null),
                config.slackApiUrl(), config.signingSecret().orElse(null));
    }

    /** Socket Mode with an app token, else HTTP on {@code PORT} with a signing secret. */
    public static SlackTransport transport(Config config) {
        return switch (config.mode()) {
            case SOCKET -> SlackTransport.socketMode();
            case HTTP -> SlackTransport.http(config.port());
            case NONE -> throw new IllegalStateException("no Slack tokens configured: SLACK_BOT_TOKEN with "
                    + "SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
        };
    }
}
