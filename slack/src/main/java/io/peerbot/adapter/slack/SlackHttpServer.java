package io.peerbot.adapter.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import io.javalin.Javalin;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a Bolt {@link App} over HTTP, for HTTP mode behind a load balancer: {@code POST /slack/events} takes
 * slash commands and interactivity (Slack's request URL for both), {@code GET /healthz} answers the load
 * balancer's health check. Every Slack request passes Bolt's own middleware, so its signature
 * ({@code X-Slack-Signature}, HMAC-SHA256 of {@code v0:timestamp:body} with the signing secret) and its
 * {@code X-Slack-Request-Timestamp} (at most five minutes off) are checked by Bolt's {@code RequestVerification}
 * before any listener runs; a request that fails is answered 401 and reaches no listener. Bolt lets a timestamp
 * from the future through; this server refuses one more than five minutes ahead as well, so that a signed request
 * is good for five minutes either side of its timestamp, as Slack's documentation has it.
 */
final class SlackHttpServer implements AutoCloseable {
    static final String EVENTS_PATH = "/slack/events";
    static final String HEALTH_PATH = "/healthz";
    private static final Logger log = LoggerFactory.getLogger(SlackHttpServer.class);
    /** Slack's payloads are small; a large body is not Slack. */
    static final int MAX_BODY_BYTES = 1_000_000;
    /**
     * A body is read by one of the server's few threads before its signature can be checked: one that stops coming
     * for this long, or comes slower than {@link #MIN_BODY_BYTES_PER_SECOND}, is cut off, so that connections
     * trickling bytes cannot hold every thread while Slack's own requests wait past their three seconds.
     */
    static final Duration BODY_IDLE = Duration.ofSeconds(5);
    static final long MIN_BODY_BYTES_PER_SECOND = 1024;

    static final Duration MAX_CLOCK_DIFFERENCE = Duration.ofMinutes(5);
    private static final String REFUSED = "{\"error\":\"invalid request\"}";

    private final App app;
    private final Clock clock;
    private final SlackRequestParser parser;
    private final Javalin server;

    SlackHttpServer(App app, Clock clock) {
        this.app = app;
        this.clock = clock;
        this.parser = new SlackRequestParser(app.config());
        this.server = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setIdleTimeout(BODY_IDLE.toMillis());
                http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
            });
            QueuedThreadPool threads = new QueuedThreadPool(32, 2, 60_000);
            threads.setName("peerbot-http");
            config.jetty.threadPool = threads;
        });
        server.post(EVENTS_PATH, this::events);
        server.get(HEALTH_PATH, ctx -> ctx.contentType("application/json").result("{\"ok\":true}"));
    }

    /** Listens on {@code host:port} (port 0: any free one); returns the port. */
    int start(String host, int port) {
        server.start(host, port);
        log.info("Serving Slack requests at http://{}:{}{}", host, server.port(), EVENTS_PATH);
        return server.port();
    }

    private void events(Context ctx) throws Exception {
        if (fromTheFuture(ctx.header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP))) {
            log.info("Refused a Slack request with a timestamp more than {} ahead", MAX_CLOCK_DIFFERENCE);
            ctx.status(401).contentType("application/json").result(REFUSED);
            return;
        }
        // maxRequestSize judges the Content-Length a client declares; a chunked body declares none
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            log.info("Gave up on a request whose body stopped coming or came too slowly: {}", e.toString());
            ctx.status(408).contentType("application/json").result(REFUSED);
            return;
        }
        if (body.length > MAX_BODY_BYTES) {
            log.info("Refused a request whose body is over {} bytes", MAX_BODY_BYTES);
            ctx.status(413).contentType("application/json").result(REFUSED);
            return;
        }
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(ctx.path())
                .queryString(ctx.queryParamMap())
                .headers(new RequestHeaders(headers(ctx.req())))
                .requestBody(new String(body, StandardCharsets.UTF_8))
                .remoteAddress(ctx.ip())
                .build();
        Request<?> request;
        try {
            request = parser.parse(raw);
        } catch (RuntimeException e) {
            log.info("Refused a request that is not a Slack payload: {}", e.toString());
            ctx.status(400).contentType("application/json").result(REFUSED);
            return;
        }
        Response response = app.run(request);
        ctx.status(response.getStatusCode());
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> values.forEach(value -> ctx.res().addHeader(name, value)));
        }
        if (response.getContentType() != null) {
            ctx.contentType(response.getContentType());
        }
        ctx.result(response.getBody() == null ? "" : response.getBody());
    }

    /** A timestamp too far ahead; a missing, malformed or old one is Bolt's to refuse. */
    private boolean fromTheFuture(String timestamp) {
        if (timestamp == null) {
            return false;
        }
        try {
            Instant at = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
            return at.isAfter(clock.instant().plus(MAX_CLOCK_DIFFERENCE));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return false;
        }
    }

    private static Map<String, List<String>> headers(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    @Override
    public void close() {
        server.stop();
    }
}
