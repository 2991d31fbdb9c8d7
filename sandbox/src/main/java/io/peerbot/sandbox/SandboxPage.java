package io.peerbot.sandbox;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.peerbot.sandbox.html.BlockKitHtml;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.SharedSlackFile;
import io.peerbot.standin.slack.SlackStandIn;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The local web page that shows one Slack channel of the stand-in like Slack does, and lets a person pick who
 * they are, type {@code /peer …} and click the bot's buttons. Served on 127.0.0.1 only:
 *
 * <ul>
 *   <li>{@code GET /} the page (static files under {@code /sandbox} on the class path)</li>
 *   <li>{@code GET /api/snapshot?viewer=U…} the channel as that person sees it (JSON)</li>
 *   <li>{@code GET /api/events} a Server-Sent Events stream: {@code changed} whenever the channel did</li>
 *   <li>{@code POST /api/command {"user","text"}} type a slash command as that person</li>
 *   <li>{@code POST /api/click {"user","ts","actionId","confirmed"}} click a button as that person</li>
 *   <li>{@code POST /api/home {"user"}} open the bot's Home tab as that person; {@code GET /api/home?viewer=U…}
 *       the Home view the bot published for them (HTML)</li>
 *   <li>{@code GET /api/files/F…} a file the bot uploaded (images are shown inline)</li>
 * </ul>
 */
public final class SandboxPage implements AutoCloseable {
    static final String HOST = "127.0.0.1";
    // Nothing the page shows may run code: no inline script, no handlers, nothing from elsewhere.
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private final Gson gson = new Gson();
    private final ChannelSnapshot snapshot;
    private final PageActions actions;
    private final LiveUpdates live;
    private final HomeTabView homes;
    private final SlackStandIn slack;
    private final Javalin javalin;
    private final URI url;

    private SandboxPage(SlackStandIn slack, PageContent content, int port) {
        snapshot = new ChannelSnapshot(slack, content);
        actions = new PageActions(slack, content.channelId());
        live = new LiveUpdates(slack);
        homes = new HomeTabView(slack);
        this.slack = slack;
        javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            QueuedThreadPool threads = new QueuedThreadPool(16, 2, 60_000);
            threads.setName("sandbox-page");
            threads.setDaemon(true);
            config.jetty.threadPool = threads;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/sandbox";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
        });
        javalin.before(ctx -> {
            ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            ctx.header("X-Content-Type-Options", "nosniff");
        });
        javalin.get("/api/snapshot", this::snapshot);
        javalin.sse("/api/events", live::join);
        javalin.post("/api/command", this::command);
        javalin.post("/api/click", this::click);
        javalin.post("/api/home", this::openHome);
        javalin.get("/api/home", this::home);
        javalin.get(BlockKitHtml.FILES_PATH + "{id}", this::file);
        javalin.exception(PageActionRefused.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        try {
            javalin.start(HOST, port);
        } catch (RuntimeException e) {
            live.close();
            throw new IllegalStateException("The sandbox page could not listen on " + HOST + ":" + port
                    + " (is another sandbox running? pick another port)", e);
        }
        url = URI.create("http://" + HOST + ":" + javalin.port() + "/");
    }

    /** Serves the page for {@code content}'s channel on {@code port} (0: a free one). */
    public static SandboxPage start(SlackStandIn slack, PageContent content, int port) {
        return new SandboxPage(slack, content, port);
    }

    /** The page's address, ending with {@code /}. */
    public URI url() {
        return url;
    }

    private void snapshot(Context ctx) {
        ChannelSnapshot.View view;
        try {
            view = snapshot.forViewer(ctx.queryParam("viewer"));
        } catch (IllegalArgumentException e) {
            throw new PageActionRefused(400, e.getMessage());
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(gson.toJson(view));
    }

    private void command(Context ctx) {
        JsonObject body = jsonBody(ctx);
        Envelope sent = actions.type(string(body, "user"), string(body, "text"));
        ok(ctx, sent);
    }

    private void click(Context ctx) {
        JsonObject body = jsonBody(ctx);
        JsonElement confirmed = body.get("confirmed");
        Envelope sent = actions.click(string(body, "user"), string(body, "ts"), string(body, "actionId"),
                confirmed != null && confirmed.isJsonPrimitive() && confirmed.getAsBoolean());
        ok(ctx, sent);
    }

    private void openHome(Context ctx) {
        ok(ctx, homes.open(string(jsonBody(ctx), "user")));
    }

    private void home(Context ctx) {
        JsonObject answer = new JsonObject();
        homes.html(ctx.queryParam("viewer")).ifPresent(html -> answer.addProperty("html", html));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(answer.toString());
    }

    /** Only PNG pictures, the kind the bot uploads to show; served as images, never as a page. */
    private void file(Context ctx) {
        String id = ctx.pathParam("id");
        SharedSlackFile file = slack.files().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new PageActionRefused(404, "no file " + id));
        if (!file.name().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new PageActionRefused(404, "only pictures are shown here");
        }
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("image/png").result(file.content());
    }

    private void ok(Context ctx, Envelope sent) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        answer.addProperty("envelope", sent.id());
        ctx.contentType("application/json").result(answer.toString());
    }

    /**
     * Only JSON bodies: a page on another site cannot send one here without the browser asking first, and this
     * server never says yes, so nobody else's page can type or click in the sandbox.
     */
    private static JsonObject jsonBody(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new PageActionRefused(415, "Send JSON (Content-Type: application/json).");
        }
        try {
            JsonElement body = JsonParser.parseString(ctx.body());
            if (!body.isJsonObject()) {
                throw new PageActionRefused(400, "Send a JSON object.");
            }
            return body.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new PageActionRefused(400, "That is not JSON: " + e.getMessage());
        }
    }

    private static String string(JsonObject body, String field) {
        JsonElement e = body.get(field);
        if (e == null || !e.isJsonPrimitive()) {
            throw new PageActionRefused(400, "'" + field + "' is missing.");
        }
        return e.getAsString();
    }

    private static void error(Context ctx, int status, String message) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", false);
        answer.addProperty("error", message);
        ctx.status(status).contentType("application/json").result(answer.toString());
    }

    @Override
    public void close() {
        try {
            live.close();
        } finally {
            javalin.stop();
        }
    }
}
