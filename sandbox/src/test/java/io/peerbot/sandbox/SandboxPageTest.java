package io.peerbot.sandbox;

import static io.peerbot.sandbox.DemoOrganisation.ALICE;
import static io.peerbot.sandbox.DemoOrganisation.BOB;
import static io.peerbot.sandbox.DemoOrganisation.CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The page's server: the snapshot each person gets, typing and clicking as them, live updates. */
class SandboxPageTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SlackStandIn slack;
    private SandboxPage page;
    private WebApiCalls bot;

    @BeforeEach
    void start() {
        slack = DemoOrganisation.workspace(SlackStandIn.builder()).start();
        page = SandboxPage.start(slack, DemoOrganisation.pageContent(), 0);
        bot = new WebApiCalls(slack);
    }

    @AfterEach
    void stop() {
        try {
            page.close();
        } finally {
            slack.close();
        }
    }

    @Test
    void servesThePageWithAPolicyThatRunsNoInlineCode() throws Exception {
        HttpResponse<String> index = HTTP.send(get(""), HttpResponse.BodyHandlers.ofString());

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).contains("<script src=\"sandbox.js\"></script>", "id=\"viewer\"", "id=\"composer\"");
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
        assertThat(HTTP.send(get("sandbox.js"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(HTTP.send(get("sandbox.css"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void anEphemeralMessageIsInTheSnapshotOnlyOfThePersonItWasFor() throws Exception {
        bot.post(CHANNEL, "for everyone", null);
        JsonObject ephemeral = new JsonObject();
        ephemeral.addProperty("channel", CHANNEL);
        ephemeral.addProperty("user", ALICE);
        ephemeral.addProperty("text", "only for *alice*");
        bot.call("chat.postEphemeral", ephemeral);

        JsonArray alice = snapshot(ALICE).getAsJsonArray("messages");
        JsonArray bob = snapshot(BOB).getAsJsonArray("messages");

        assertThat(alice).hasSize(2);
        assertThat(alice.get(1).getAsJsonObject().get("ephemeral").getAsBoolean()).isTrue();
        assertThat(alice.get(1).getAsJsonObject().get("html").getAsString()).contains("only for <b>alice</b>");
        assertThat(bob).singleElement().satisfies(m -> {
            assertThat(m.getAsJsonObject().get("ephemeral").getAsBoolean()).isFalse();
            assertThat(m.toString()).doesNotContain("only for");
        });
    }

    @Test
    void aFileSharedInAThreadIsShownThereAsALinkToItsContent() throws Exception {
        String parent = bot.post(CHANNEL, "the request", null);
        bot.shareFile(CHANNEL, parent, "peering-pcx-1.tf", "Terraform <for> pcx-1", "import {}\n");

        JsonObject view = snapshot(ALICE);

        JsonObject message = view.getAsJsonArray("messages").get(0).getAsJsonObject();
        assertThat(message.get("replyCount").getAsInt()).isEqualTo(1);
        JsonArray thread = view.getAsJsonObject("threads").getAsJsonArray(parent);
        String html = thread.get(0).getAsJsonObject().get("html").getAsString();
        assertThat(html).contains("Terraform &lt;for&gt; pcx-1", "peering-pcx-1.tf", "href=\"" + slack.baseUrl());
        String href = html.substring(html.indexOf("href=\"") + 6, html.indexOf('"', html.indexOf("href=\"") + 6));
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(href)).build(), HttpResponse.BodyHandlers.ofString())
                .body()).isEqualTo("import {}\n");
    }

    @Test
    void aMessageContainingScriptIsRenderedInert() throws Exception {
        String attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        bot.post(CHANNEL, attack, "[{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":"
                + quoted(attack) + "}},"
                + "{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":" + quoted(attack) + "}}]");

        String html = snapshot(ALICE).getAsJsonArray("messages").get(0).getAsJsonObject().get("html").getAsString();

        assertThat(html).doesNotContain("<script", "<img")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void threadsRepliesAndEditsAreShownAsSlackShowsThem() throws Exception {
        String parent = bot.post(CHANNEL, "Peering *requested*", null);
        JsonObject reply = new JsonObject();
        reply.addProperty("channel", CHANNEL);
        reply.addProperty("thread_ts", parent);
        reply.addProperty("text", "✅ *Routes added*");
        bot.call("chat.postMessage", reply);
        JsonObject update = new JsonObject();
        update.addProperty("channel", CHANNEL);
        update.addProperty("ts", parent);
        update.addProperty("text", "Peering *applied* by <@" + BOB + ">");
        bot.call("chat.update", update);

        JsonObject view = snapshot(ALICE);
        JsonObject message = view.getAsJsonArray("messages").get(0).getAsJsonObject();
        JsonArray thread = view.getAsJsonObject("threads").getAsJsonArray(parent);

        assertThat(view.getAsJsonArray("messages")).hasSize(1);
        assertThat(message.get("edited").getAsBoolean()).isTrue();
        assertThat(message.get("html").getAsString()).contains("<b>applied</b> by <span class=\"mention\">@bob</span>")
                .doesNotContain("requested");
        assertThat(message.get("replyCount").getAsInt()).isEqualTo(1);
        assertThat(message.get("bot").getAsBoolean()).isTrue();
        assertThat(message.get("userName").getAsString()).isEqualTo("peerbot");
        assertThat(thread).singleElement().satisfies(r -> assertThat(r.getAsJsonObject().get("html").getAsString())
                .contains("✅ <b>Routes added</b>"));
    }

    @Test
    void theSnapshotNamesThePeopleTheVpcsAndWhatToTry() throws Exception {
        JsonObject anyone = snapshot("");

        assertThat(anyone.get("viewer").getAsString()).isEqualTo(ALICE);
        assertThat(anyone.getAsJsonObject("channel").get("name").getAsString()).isEqualTo("network");
        assertThat(anyone.getAsJsonArray("people")).hasSize(DemoOrganisation.PEOPLE.size());
        assertThat(anyone.getAsJsonArray("vpcs")).hasSize(DemoOrganisation.VPCS.size());
        assertThat(anyone.getAsJsonArray("hints").get(0).getAsJsonObject().get("command").getAsString())
                .startsWith("/peer app-vpc 222222222222:eu-west-1:billing");
        assertThat(anyone.get("botConnected").getAsBoolean()).isFalse();
        HttpResponse<String> unknown = HTTP.send(get("api/snapshot?viewer=U0MALLORY"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("unknown viewer", ALICE);
    }

    @Test
    void typingOrClickingNeedsJsonAConnectedBotAndASlashCommand() throws Exception {
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(page.url().resolve("api/command"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("user=U0ALICE&text=/peer+help")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);

        assertThat(post("api/command", command(ALICE, "/peer help"))).satisfies(r -> {
            assertThat(r.statusCode()).isEqualTo(503);
            assertThat(r.body()).contains("not connected");
        });
        assertThat(post("api/command", command(ALICE, "hello everyone")).body()).contains("slash command");
        assertThat(post("api/command", command(ALICE, "/deploy prod")).body()).contains("/deploy is not a command");
        assertThat(post("api/click", click(ALICE, "1.000001", "peer_approve", true)).statusCode()).isEqualTo(404);
    }

    @Test
    void typesAsThePersonAndClicksOnlyOnceTheDialogIsConfirmed() throws Exception {
        try (AutoCloseable ignored = ScriptedBot.start(wiring())) {
            slack.awaitConnected(WAIT);

            assertThat(post("api/command", command(ALICE, "/peer app-vpc billing --reason \"orders\"")).statusCode())
                    .isEqualTo(200);
            RecordedMessage card = slack.awaitMessage(m -> m.hasButton("peer_approve"), WAIT);
            assertThat(card.allText()).contains("<@" + ALICE + "> asks to peer");

            HttpResponse<String> unconfirmed = post("api/click", click(BOB, card.ts(), "peer_approve", false));
            assertThat(unconfirmed.statusCode()).isEqualTo(400);
            assertThat(unconfirmed.body()).contains("Approve this peering?");

            assertThat(post("api/click", click(BOB, card.ts(), "peer_approve", true)).statusCode()).isEqualTo(200);
            slack.await("the steps in the thread", WAIT, () -> slack.thread(CHANNEL, card.ts()).size() >= 4
                    ? Optional.of(true) : Optional.empty());
            assertThat(snapshot(BOB).getAsJsonObject("threads").getAsJsonArray(card.ts())).hasSize(4);
            assertThat(snapshot(BOB).get("botConnected").getAsBoolean()).isTrue();
        }
    }

    @Test
    void openPagesAreToldWhenTheChannelChanges() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var stream = HTTP.sendAsync(HttpRequest.newBuilder(page.url().resolve("api/events"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (UncheckedIOException closedByTheTest) {
                // The test closes the stream when it has read enough.
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
        assertThat(nextLineStartingWith(lines, ":")).isEqualTo(":connected");

        String ts = bot.post(CHANNEL, "hello", null);

        assertThat(nextLineStartingWith(lines, "event:")).isEqualTo("event:" + LiveUpdates.CHANGED);
        assertThat(nextLineStartingWith(lines, "data:")).contains("\"kind\":\"posted\"", ts);
        response.body().close();
    }

    private static String nextLineStartingWith(BlockingQueue<String> lines, String prefix) throws Exception {
        while (true) {
            String line = lines.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertThat(line).as("a line starting with " + prefix).isNotNull();
            if (line.replace(": ", ":").startsWith(prefix)) {
                return line.replace(": ", ":");
            }
        }
    }

    private BotWiring wiring() {
        return new BotWiring(slack.botToken(), slack.appToken(), slack.apiUrl(), URI.create("http://127.0.0.1:9"),
                "unused", "unused", DemoOrganisation.HOME_REGION, DemoOrganisation.ASSUME_ROLE_TEMPLATE,
                DemoOrganisation.ADMINS, List.of());
    }

    private JsonObject snapshot(String viewer) throws Exception {
        HttpResponse<String> response = HTTP.send(get("api/snapshot?viewer=" + viewer),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(page.url().resolve(path)).build();
    }

    private HttpResponse<String> post(String path, JsonObject body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(page.url().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject command(String user, String text) {
        JsonObject body = new JsonObject();
        body.addProperty("user", user);
        body.addProperty("text", text);
        return body;
    }

    private static JsonObject click(String user, String ts, String actionId, boolean confirmed) {
        JsonObject body = new JsonObject();
        body.addProperty("user", user);
        body.addProperty("ts", ts);
        body.addProperty("actionId", actionId);
        body.addProperty("confirmed", confirmed);
        return body;
    }

    private static JsonElement quoted(String text) {
        return new JsonPrimitive(text);
    }
}
