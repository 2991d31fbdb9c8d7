package io.peerbot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.AwsWarmUp;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.slack.SlackWarmUp;
import io.peerbot.config.PeerbotSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * {@code peerbot warm-up}: goes through a start without reaching Slack or AWS (every call goes to a closed local
 * port: the AWS clients and their calls, the Slack app's start and its Socket Mode connection) and exits. The image
 * dumps its class-data sharing archive from this run ({@code -XX:ArchiveClassesAtExit}), so every start after maps
 * those classes instead of loading them.
 */
@Command(name = "warm-up", hidden = true,
        description = "Load the classes a start needs and exit (builds the image's class-data sharing archive).")
public final class WarmUpCommand implements Callable<Integer> {
    /** Nothing listens there: the call fails at once, after the SDK has built, signed and sent it. */
    private static final URI NOWHERE = URI.create("http://127.0.0.1:9");
    /** They log the failed connections, which are what the warm-up expects. */
    private static final List<String> QUIETED = List.of("com.slack.api", "org.glassfish", "software.amazon.awssdk");

    @Override
    public Integer call() {
        QUIETED.forEach(name -> ((Logger) LoggerFactory.getLogger(name)).setLevel(Level.OFF));
        PeerbotSettings settings = PeerbotSettings.fromEnvironment(Map.of("SLACK_BOT_TOKEN", "xoxb-warm-up",
                "SLACK_APP_TOKEN", "xapp-warm-up", "AWS_REGION", "us-east-1"));
        AwsWarmUp.callNowhere(settings.aws().applyTo(AwsSettings.sdkDefaults().withRegion("us-east-1")
                .withEndpoint(NOWHERE)
                .withCredentials(StaticCredentialsProvider.create(AwsBasicCredentials.create("warm", "up")))
                .withRetry(new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1), Duration.ofMillis(1)))));
        SlackWarmUp.connectNowhere();
        System.out.println("warmed up");
        return 0;
    }
}
