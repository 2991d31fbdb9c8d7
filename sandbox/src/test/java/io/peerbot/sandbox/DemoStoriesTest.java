package io.peerbot.sandbox;

import com.google.gson.JsonElement;
import io.peerbot.standin.slack.SharedSlackFile;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import static io.peerbot.sandbox.DemoOrganisation.ALICE;
import static io.peerbot.sandbox.DemoOrganisation.BOB;
import static io.peerbot.sandbox.DemoOrganisation.CHANNEL;
import static io.peerbot.sandbox.DemoOrganisation.DAVE;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the page suggests trying works with the real bot: each hint typed through the page as its person, and the
 * outcome the hint promises.
 */
class DemoStoriesTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final List<Hint> HINTS = DemoOrganisation.hints();

    private Sandbox sandbox;
    private SlackStandIn slack;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.forTests(), new PeerbotStarter());
        slack = sandbox.slack();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aCrossAccountRequestApprovedByTheOtherOwnerIsAppliedAndTested() throws Exception {
        RecordedMessage card = request(HINTS.get(0));
        assertThat(card.allText()).contains("billing reads the orders DB", "<@" + BOB + ">");

        click(BOB, card, "peer_approve");

        RecordedMessage test = inThread(card, "Connectivity test over");
        assertThat(test.allText()).contains("both directions pass", "tcp:5432: connected");
    }

    @Test
    void thePlanIsShownOnlyToWhoAskedAndNothingIsPosted() throws Exception {
        type(HINTS.get(1));

        RecordedMessage plan = slack.awaitEphemeral(ALICE, m -> m.allText().contains("Plan"), WAIT);
        assertThat(plan.allText()).contains("app-vpc", "data-vpc", "Nothing has been changed");
        assertThat(slack.messages(CHANNEL)).isEmpty();
    }

    @Test
    void overlappingBlocksAreRefusedPrivately() throws Exception {
        type(HINTS.get(2));

        RecordedMessage refusal = slack.awaitEphemeral(ALICE, m -> m.allText().contains("overlaps"), WAIT);
        assertThat(refusal.allText()).contains(DemoOrganisation.APP_VPC.cidr(), DemoOrganisation.LEGACY_VPC.cidr());
        assertThat(slack.messages(CHANNEL)).isEmpty();
    }

    @Test
    void theTestNamesTheNetworkAclRuleThatDropsPostgres() throws Exception {
        RecordedMessage card = request(HINTS.get(3));

        click(DAVE, card, "peer_approve");

        RecordedMessage test = inThread(card, "Connectivity test over");
        assertThat(test.allText()).contains("app-vpc → data-vpc fails", sandbox.organisation().ids().blockingAcl(),
                "rule " + DemoOrganisation.BLOCKING_ACL_RULE, "tcp:" + DemoOrganisation.BLOCKED_PORT,
                "3 received");
    }

    @Test
    void someoneWhoOwnsNeitherSideIsToldPrivatelyWhoMayApprove() throws Exception {
        assertThat(HINTS.get(4).userId()).isEqualTo(DAVE);
        RecordedMessage card = request(HINTS.get(0));

        click(DAVE, card, "peer_approve");

        RecordedMessage answer = slack.awaitEphemeral(DAVE, m -> true, WAIT);
        assertThat(answer.allText()).contains("<@" + BOB + ">");
        assertThat(slack.thread(CHANNEL, card.ts())).isEmpty();
    }

    @Test
    void theExamplePolicyDeniesBillingWithoutAReasonNamingItsRule() throws Exception {
        type(HINTS.get(6));

        RecordedMessage denial = slack.awaitEphemeral(ALICE, m -> m.allText().contains("billing-needs-reason"), WAIT);
        assertThat(denial.allText()).contains("policy.yml, line 4", "a reason is required", "nothing was created");
        assertThat(slack.messages(CHANNEL)).isEmpty();
    }

    /**
     * After the first and the fourth story, the map around app-vpc shows billing and data-vpc reached directly. Writes the whole organisation's
     * picture to {@code target/map-sandbox.png}, and to the path in {@code -Dpeerbot.map=…} (the README's
     * {@code docs/map-sandbox.png}).
     */
    @Test
    void theMapIsSharedInTheChannelAndTheHomeTabShowsItToWhoeverOpensIt() throws Exception {
        RecordedMessage billing = request(HINTS.get(0));
        click(BOB, billing, "peer_approve");
        inThread(billing, "Connectivity test over");
        type(HINTS.get(3));
        RecordedMessage data = slack.awaitMessage(m -> !m.isReply() && m.hasButton("peer_approve")
                && !m.ts().equals(billing.ts()), WAIT);
        click(DAVE, data, "peer_approve");
        inThread(data, "Connectivity test over");

        type(HINTS.get(7));

        SharedSlackFile map = slack.awaitFile(f -> CHANNEL.equals(f.channel()), WAIT);
        assertThat(ImageIO.read(new ByteArrayInputStream(map.content()))).isNotNull();
        RecordedMessage words = slack.awaitMessage(m -> m.allText().contains("reaches directly"), WAIT);
        assertThat(words.allText()).contains("app-vpc", "billing", "data-vpc");

        JsonObject open = new JsonObject();
        open.addProperty("user", ALICE);
        post("api/home", open);
        JsonObject view = slack.awaitHomeView(ALICE, java.time.Instant.EPOCH, WAIT);
        String fileId = view.getAsJsonArray("blocks").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(b -> b.has("slack_file")).findFirst().orElseThrow()
                .getAsJsonObject("slack_file").get("id").getAsString();
        HttpResponse<byte[]> picture = HTTP.send(HttpRequest.newBuilder(sandbox.pageUrl()
                .resolve("api/files/" + fileId)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(picture.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("image/png"));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "map-sandbox.png"), picture.body());
        String wanted = System.getProperty("peerbot.map");
        if (wanted != null && !wanted.isBlank()) {
            Files.write(Path.of(wanted), picture.body());
        }
    }

    private RecordedMessage request(Hint hint) throws Exception {
        type(hint);
        return slack.awaitMessage(m -> !m.isReply() && m.hasButton("peer_approve"), WAIT);
    }

    private RecordedMessage inThread(RecordedMessage card, String text) {
        return slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply() && m.allText().contains(text),
                WAIT);
    }

    private void type(Hint hint) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("user", hint.userId());
        body.addProperty("text", hint.command());
        post("api/command", body);
    }

    private void click(String user, RecordedMessage message, String actionId) throws Exception {
        JsonObject body = new JsonObject();
        body.addProperty("user", user);
        body.addProperty("ts", message.ts());
        body.addProperty("actionId", actionId);
        body.addProperty("confirmed", true);
        post("api/click", body);
    }

    private void post(String path, JsonObject body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(sandbox.pageUrl().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
