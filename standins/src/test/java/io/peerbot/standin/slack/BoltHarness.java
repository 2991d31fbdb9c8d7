package io.peerbot.standin.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The real Bolt app in Socket Mode (Tyrus client), pointed at a stand-in only through the Web API URL prefix and
 * the stand-in's tokens, exactly as the bot is configured from {@code SLACK_API_URL}.
 */
final class BoltHarness implements AutoCloseable {
    private final SlackConfig config;
    private final Slack slack;
    private final App app;
    private final SocketModeApp socketMode;

    BoltHarness(SlackStandIn standIn, Consumer<App> handlers) throws Exception {
        config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.apiUrl());
        config.setStatsEnabled(false);
        slack = Slack.getInstance(config);
        app = new App(AppConfig.builder().slack(slack).singleTeamBotToken(standIn.botToken()).build());
        handlers.accept(app);
        socketMode = new SocketModeApp(standIn.appToken(), app);
        socketMode.startAsync();
    }

    /**
     * Waits until Bolt's current session is open. After the stand-in closed the old socket outright, only Bolt
     * knows when it has switched, so this asks Bolt itself; it returns at once when Bolt answers yes.
     */
    void awaitCurrentSessionOpen(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!socketMode.getClient().verifyConnection()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Bolt did not settle on an open session within " + timeout);
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        // SocketModeApp.close() stops the app and the session but leaves the client's executors running.
        SocketModeClient client = socketMode.getClient();
        try {
            socketMode.close();
            if (client != null) {
                client.close();
            }
            slack.close();
            // Each SlackConfig starts metrics threads that Slack.close() leaves running.
            config.getMethodsConfig().getMetricsDatastore().close();
            config.getAuditConfig().getMetricsDatastore().close();
            config.getSCIMConfig().getMetricsDatastore().close();
            config.getSCIM2Config().getMetricsDatastore().close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("closing Bolt failed", e);
        }
    }
}
