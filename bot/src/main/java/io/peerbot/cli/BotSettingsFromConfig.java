package io.peerbot.cli;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.application.usecase.Policies;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.bootstrap.SlackFromConfig;
import io.peerbot.config.Config;
import java.time.Clock;
import java.time.Duration;

/** Turns the environment's configuration into the settings the bot starts with. */
final class BotSettingsFromConfig {
    private BotSettingsFromConfig() {
    }

    /** @throws IllegalStateException when the configuration names no way to reach Slack */
    static BotSettings of(Config config) {
        AwsSettings aws = AwsSettings.fromEnvironment(System.getenv());
        Policies policies = new Policies(config.admins(), config.allowedChannels(), config.watchedLocations(),
                Duration.ofMinutes(5), Duration.ofSeconds(10), Clock.systemUTC());
        return new BotSettings(SlackFromConfig.settings(config), aws, SsmPolling.defaults(), policies,
                config.ownersFile(), SlackFromConfig.transport(config));
    }
}
