package io.peerbot.sandbox;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the bot needs to talk to the sandbox's two stand-ins, as the values it would otherwise read from
 * its environment (SPEC §6).
 *
 * @param slackBotToken      {@code SLACK_BOT_TOKEN} ({@code xoxb-…}) the Slack stand-in accepts
 * @param slackAppToken      {@code SLACK_APP_TOKEN} ({@code xapp-…}) for Socket Mode
 * @param slackApiUrl        {@code SLACK_API_URL}, the stand-in's Web API base ending in {@code /api/}
 * @param awsEndpoint        {@code AWS_ENDPOINT_URL}: EC2, STS and SSM of the EC2 stand-in
 * @param awsAccessKeyId     the bot's own account's access key
 * @param awsSecretAccessKey its secret
 * @param region             {@code AWS_REGION}, the bot's home region
 * @param assumeRoleTemplate {@code PEERBOT_ASSUME_ROLE}, with {@code {account}} in it
 * @param admins             {@code PEERBOT_ADMINS}: Slack user IDs who may approve anything
 * @param watchedLocations   {@code PEERBOT_WATCH}: other {@code account:region} pairs holding VPCs
 */
public record BotWiring(String slackBotToken, String slackAppToken, String slackApiUrl, URI awsEndpoint,
                        String awsAccessKeyId, String awsSecretAccessKey, String region, String assumeRoleTemplate,
                        List<String> admins, List<String> watchedLocations) {

    public BotWiring {
        Objects.requireNonNull(slackBotToken, "slackBotToken");
        Objects.requireNonNull(slackAppToken, "slackAppToken");
        Objects.requireNonNull(slackApiUrl, "slackApiUrl");
        Objects.requireNonNull(awsEndpoint, "awsEndpoint");
        admins = List.copyOf(admins);
        watchedLocations = List.copyOf(watchedLocations);
    }

    /**
     * The same values as the environment variables the bot reads in production, AWS credentials included
     * ({@code AWS_ACCESS_KEY_ID}, {@code AWS_SECRET_ACCESS_KEY}).
     */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SLACK_BOT_TOKEN", slackBotToken);
        env.put("SLACK_APP_TOKEN", slackAppToken);
        env.put("SLACK_API_URL", slackApiUrl);
        env.put("AWS_ENDPOINT_URL", awsEndpoint.toString());
        env.put("AWS_ACCESS_KEY_ID", awsAccessKeyId);
        env.put("AWS_SECRET_ACCESS_KEY", awsSecretAccessKey);
        env.put("AWS_REGION", region);
        env.put("PEERBOT_ASSUME_ROLE", assumeRoleTemplate);
        env.put("PEERBOT_ADMINS", String.join(",", admins));
        env.put("PEERBOT_WATCH", String.join(",", watchedLocations));
        return env;
    }

    /** Tokens and the secret key stay out of logs. */
    @Override
    public String toString() {
        return "BotWiring[slackApiUrl=" + slackApiUrl + ", awsEndpoint=" + awsEndpoint + ", region=" + region
                + ", assumeRoleTemplate=" + assumeRoleTemplate + ", admins=" + admins + ", watchedLocations="
                + watchedLocations + "]";
    }
}
