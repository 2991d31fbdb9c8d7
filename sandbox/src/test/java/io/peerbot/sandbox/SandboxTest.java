package io.peerbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Starting and stopping the sandbox, and what it hands the bot. */
class SandboxTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void startsTheStandInsTheBotAndThePageAndClosesThemInTurn() throws Exception {
        AtomicReference<BotWiring> handed = new AtomicReference<>();
        AtomicBoolean botClosed = new AtomicBoolean();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SandboxOptions options = new SandboxOptions(0, false, Duration.ofSeconds(30),
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        Sandbox sandbox = Sandbox.start(options, wiring -> {
            handed.set(wiring);
            AutoCloseable bot = ScriptedBot.start(wiring);
            return () -> {
                bot.close();
                botClosed.set(true);
            };
        });
        URI page;
        try {
            page = sandbox.pageUrl();
            assertThat(HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString())
                    .body()).contains("peerbot sandbox");
            assertThat(sandbox.slack().openConnections()).isEqualTo(1);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("Open " + page, DemoOrganisation.hints().get(0).command(), "bob", "Approve");
        } finally {
            sandbox.close();
        }

        assertThat(botClosed).isTrue();
        assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
        sandbox.close();
    }

    @Test
    void theBotGetsWhatItNeedsToReachBothStandIns() throws Exception {
        AtomicReference<BotWiring> handed = new AtomicReference<>();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests(), wiring -> {
            handed.set(wiring);
            return ScriptedBot.start(wiring);
        })) {
            BotWiring wiring = handed.get();

            assertThat(wiring.slackBotToken()).isEqualTo(sandbox.slack().botToken()).startsWith("xoxb-");
            assertThat(wiring.slackAppToken()).isEqualTo(sandbox.slack().appToken()).startsWith("xapp-");
            assertThat(wiring.slackApiUrl()).isEqualTo(sandbox.slack().apiUrl());
            assertThat(wiring.awsEndpoint()).isEqualTo(sandbox.ec2().endpoint());
            assertThat(wiring.region()).isEqualTo("us-east-1");
            assertThat(wiring.assumeRoleTemplate()).isEqualTo("arn:aws:iam::{account}:role/peerbot");
            assertThat(wiring.admins()).containsExactly(DemoOrganisation.CAROL);
            assertThat(wiring.watchedLocations()).containsExactly("222222222222:eu-west-1");
            assertThat(wiring.environment()).containsEntry("SLACK_API_URL", wiring.slackApiUrl())
                    .containsEntry("AWS_ENDPOINT_URL", wiring.awsEndpoint().toString())
                    .containsEntry("PEERBOT_WATCH", "222222222222:eu-west-1")
                    .containsKeys("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
                            "AWS_REGION", "PEERBOT_ASSUME_ROLE", "PEERBOT_ADMINS");
            assertThat(wiring.toString()).doesNotContain(wiring.slackBotToken(), wiring.awsSecretAccessKey());
            try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(wiring.awsEndpoint())
                    .region(Region.of(wiring.region()))
                    .credentialsProvider(StaticCredentialsProvider.create(
                            AwsBasicCredentials.create(wiring.awsAccessKeyId(), wiring.awsSecretAccessKey())))
                    .build()) {
                assertThat(ec2.describeVpcs().vpcs()).extracting(v -> v.vpcId()).contains(
                        sandbox.organisation().ids().appVpc(), sandbox.organisation().ids().dataVpc());
            }
        }
    }

    @Test
    void aBotThatNeverConnectsStopsTheStartWithAClearMessageAndNothingLeftRunning() {
        AtomicBoolean botClosed = new AtomicBoolean();
        AtomicReference<URI> ec2 = new AtomicReference<>();
        SandboxOptions impatient = new SandboxOptions(0, false, Duration.ofMillis(200),
                SandboxOptions.forTests().out());

        assertThatThrownBy(() -> Sandbox.start(impatient, wiring -> {
            ec2.set(wiring.awsEndpoint());
            return () -> botClosed.set(true);
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("did not connect to the Slack stand-in");

        assertThat(botClosed).isTrue();
        assertThatThrownBy(() -> HTTP.send(HttpRequest.newBuilder(ec2.get()).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
    }

    @Test
    void aBotThatFailsToStartStopsTheStart() {
        IllegalArgumentException broken = new IllegalArgumentException("SLACK_BOT_TOKEN is malformed");

        assertThatThrownBy(() -> Sandbox.start(SandboxOptions.forTests(), wiring -> {
            throw broken;
        })).isSameAs(broken);
    }
}
