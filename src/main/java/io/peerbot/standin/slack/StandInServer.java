package io.peerbot.standin.slack;

import io.javalin.Javalin;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.time.Duration;

/** The loopback HTTP + WebSocket server: routes to the Web API, the response URLs and Socket Mode. */
final class StandInServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    private final Javalin javalin;

    StandInServer(WebApi api, ResponseUrls responseUrls, SocketModeHub hub) {
        javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = 10_000_000L;
            QueuedThreadPool threads = new QueuedThreadPool(32, 2, 60_000);
            threads.setName("slack-standin-http");
            threads.setDaemon(true);
            config.jetty.threadPool = threads;
            // Slack keeps a Socket Mode link for hours; Jetty's default idle timeout would cut a quiet one.
            config.jetty.modifyWebSocketServletFactory(factory -> factory.setIdleTimeout(Duration.ofHours(2)));
        });
        javalin.post("/api/{method}", api::handle);
        javalin.get("/api/{method}", api::handle);
        javalin.post("/hooks/{kind}/{team}/{id}/{secret}", responseUrls::handle);
        javalin.wsBeforeUpgrade("/link", hub::beforeUpgrade);
        javalin.ws("/link", ws -> {
            ws.onConnect(hub::onConnect);
            ws.onMessage(hub::onMessage);
            ws.onClose(hub::onClose);
        });
    }

    /** Starts on an ephemeral port; returns it. */
    int start() {
        javalin.start(HOST, 0);
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
