package io.peerbot.standin.slack;

import io.javalin.Javalin;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.time.Duration;

/** The loopback HTTP + WebSocket server: routes to the Web API, the response URLs and Socket Mode. */
final class StandInServer implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    private static final long MAX_MESSAGE_BYTES = 10_000_000L;
    private final Javalin javalin;

    StandInServer(WebApi api, ResponseUrls responseUrls, SocketModeHub hub, FileMethods files) {
        javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_MESSAGE_BYTES;
            QueuedThreadPool threads = new QueuedThreadPool(32, 2, 60_000);
            threads.setName("slack-standin-http");
            threads.setDaemon(true);
            config.jetty.threadPool = threads;
            // Slack keeps a Socket Mode link for hours; Jetty's default idle timeout would cut a quiet one.
            config.jetty.modifyWebSocketServletFactory(factory -> {
                factory.setIdleTimeout(Duration.ofHours(2));
                // An ack may carry a whole message of blocks; Jetty's 64 KiB default would cut the link.
                factory.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
            });
        });
        javalin.post("/api/{method}", api::handle);
        javalin.get("/api/{method}", api::handle);
        javalin.post("/" + FileMethods.UPLOAD_PATH + "{ticket}", files::receive);
        javalin.get("/" + FileMethods.DOWNLOAD_PATH + "{id}/{name}", files::download);
        javalin.post("/hooks/{kind}/{team}/{id}/{secret}", responseUrls::handle);
        javalin.wsBeforeUpgrade("/link", hub::beforeUpgrade);
        javalin.ws("/link", ws -> {
            ws.onConnect(hub::onConnect);
            ws.onMessage(hub::onMessage);
            ws.onClose(hub::onClose);
        });
    }

    /** Starts on {@code port} (0: any free one); returns the port. */
    int start(int port) {
        javalin.start(HOST, port);
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
