package io.peerbot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.socket_mode.impl.SocketModeClientTyrusImpl;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.in.ChatEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Goes through what opening the Socket Mode connection loads — the Slack app, Bolt's start, the Web API client's
 * calls, Tyrus's WebSocket client and its Grizzly transport — against a local port nothing listens on, so every
 * call fails at once. A class-data sharing archive dumped from such a run holds those classes, and every start
 * after maps them instead of loading and verifying them again.
 */
public final class SlackWarmUp {
    private static final Logger log = LoggerFactory.getLogger(SlackWarmUp.class);
    /** Nothing listens there (the discard port, closed on any machine that builds an image). */
    private static final String NOWHERE = "127.0.0.1:9";

    private SlackWarmUp() {
    }

    /** Tries to connect as {@code peerbot run} would, to nowhere; returns once every attempt failed. */
    public static void connectNowhere() {
        SlackSettings settings = new SlackSettings("xoxb-warm-up", "xapp-warm-up", "http://" + NOWHERE + "/api/");
        try (SlackConnection slack = new SlackConnection(settings)) {
            slack.routeTo(new NoWork()).startSocketMode();
        } catch (Exception expected) {
            log.debug("warm-up: the Web API is not reached, as expected: {}", expected.toString());
        }
        SlackConfig config = new SlackConfig();
        config.setStatsEnabled(false);
        try (Slack slack = Slack.getInstance(config)) {
            SocketModeClientTyrusImpl client = new SocketModeClientTyrusImpl(slack, settings.appToken(),
                    "ws://" + NOWHERE + "/link");
            try {
                client.connect();
            } finally {
                client.close();
            }
        } catch (Exception expected) {
            log.debug("warm-up: the WebSocket is not reached, as expected: {}", expected.toString());
        }
    }

    /** Nothing arrives from nowhere. */
    private static final class NoWork implements ChatEvents {
        @Override
        public void onCommand(Actor actor, String text) {
        }

        @Override
        public void onApprove(Actor actor, String reference) {
        }

        @Override
        public void onDeny(Actor actor, String reference) {
        }

        @Override
        public void onRenew(Actor actor, String reference) {
        }

        @Override
        public void onEndNow(Actor actor, String reference) {
        }

        @Override
        public void onRejectForeign(Actor actor, String reference) {
        }
    }
}
