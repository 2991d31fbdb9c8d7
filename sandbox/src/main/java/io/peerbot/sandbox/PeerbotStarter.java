package io.peerbot.sandbox;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.Backoff;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.slack.SlackSettings;
import io.peerbot.application.usecase.Policies;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.bootstrap.Peerbot;
import io.peerbot.config.Config;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The real bot ({@link Peerbot}) for the sandbox: configured from the wiring's environment as in production, with
 * the stand-ins' static key instead of the SDK's credential chain, and shorter waits, since the local EC2 and SSM
 * answer at once.
 */
public final class PeerbotStarter implements BotStarter {

    @Override
    public Peerbot start(BotWiring wiring) throws Exception {
        return Peerbot.start(settings(wiring));
    }

    static BotSettings settings(BotWiring wiring) {
        Config config = Config.fromEnvironment(wiring.environment());
        AwsSettings aws = new AwsSettings(Optional.of(wiring.region()), Optional.of(wiring.awsEndpoint()),
                config.assumeRole(), StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(wiring.awsAccessKeyId(), wiring.awsSecretAccessKey())),
                RetrySettings.defaults(), new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)));
        Policies policies = new Policies(config.admins(), config.allowedChannels(), config.watchedLocations(),
                Duration.ofMinutes(5), Duration.ofSeconds(10), Clock.systemUTC());
        SsmPolling ssm = new SsmPolling(new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1)),
                Duration.ofSeconds(30));
        SlackSettings slack = new SlackSettings(wiring.slackBotToken(), wiring.slackAppToken(), wiring.slackApiUrl());
        return new BotSettings(slack, aws, ssm, policies, Optional.empty());
    }
}
