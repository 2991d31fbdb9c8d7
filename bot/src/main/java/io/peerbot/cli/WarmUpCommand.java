package io.peerbot.cli;

import io.peerbot.adapter.aws.AwsEc2Gateways;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.slack.SlackConnection;
import io.peerbot.application.port.CloudException;
import io.peerbot.config.PeerbotSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@code peerbot warm-up}: goes through a start without reaching Slack or AWS (the AWS call goes to a closed
 * local port) and exits. The image dumps its class-data sharing archive from this run
 * ({@code -XX:ArchiveClassesAtExit}), so every start after maps those classes instead of loading them.
 */
@Command(name = "warm-up", hidden = true,
        description = "Load the classes a start needs and exit (builds the image's class-data sharing archive).")
public final class WarmUpCommand implements Callable<Integer> {
    /** Nothing listens there: the call fails at once, after the SDK has built, signed and sent it. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");

    @Override
    public Integer call() {
        PeerbotSettings settings = PeerbotSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-warm-up",
                "SLACK_APP_TOKEN", "xapp-warm-up", "AWS_REGION", "us-east-1"));
        AwsSettings reach = settings.aws().applyTo(AwsSettings.sdkDefaults().withRegion("us-east-1")
                .withEndpoint(NOWHERE)
                .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("warm", "up")))
                .withRetry(new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1))));
        try (AwsEc2Gateways gateways = new AwsEc2Gateways(reach)) {
            gateways.home();
        } catch (CloudException expected) {
            // nothing answers at NOWHERE
        }
        try (SlackConnection slack = new SlackConnection(settings.slack().settings())) {
            System.out.println("warmed up: " + slack.getClass().getSimpleName());
        }
        return 0;
    }
}
