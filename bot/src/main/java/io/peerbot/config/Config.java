package io.peerbot.config;

import io.peerbot.domain.network.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bot's configuration, from environment variables (SPEC §6). Socket Mode needs
 * {@code SLACK_BOT_TOKEN} and {@code SLACK_APP_TOKEN}; HTTP mode {@code SLACK_BOT_TOKEN},
 * {@code SLACK_SIGNING_SECRET} and {@code PORT}. AWS credentials, region and {@code AWS_ENDPOINT_URL} are
 * read by the AWS SDK itself.
 */
public record Config(Optional<String> botToken, Optional<String> appToken, Optional<String> signingSecret,
                     int port, String slackApiUrl, Optional<Path> ownersFile, Set<String> admins, Set<String> allowedChannels,
                     Optional<String> assumeRole, List<Location> watchedLocations) {

    public static final String DEFAULT_SLACK_API_URL = "https://slack.com/api/";

    public enum Mode { SOCKET, HTTP, NONE }

    /** @throws IllegalArgumentException naming the variable and what is wrong with it */
    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                value(env, "SLACK_BOT_TOKEN"), value(env, "SLACK_APP_TOKEN"), value(env, "SLACK_SIGNING_SECRET"),
                port(env), value(env, "SLACK_API_URL").orElse(DEFAULT_SLACK_API_URL),
                value(env, "PEERBOT_OWNERS_FILE").map(Path::of),
                list(env, "PEERBOT_ADMINS"), list(env, "PEERBOT_ALLOWED_CHANNELS"),
                value(env, "PEERBOT_ASSUME_ROLE").map(Config::roleTemplate),
                locations(env));
    }

    /** Socket Mode when both tokens are set, HTTP mode with a signing secret, else no Slack at all. */
    public Mode mode() {
        if (botToken.isPresent() && appToken.isPresent()) {
            return Mode.SOCKET;
        }
        if (botToken.isPresent() && signingSecret.isPresent()) {
            return Mode.HTTP;
        }
        return Mode.NONE;
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static Set<String> list(Map<String, String> env, String name) {
        return value(env, name).map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    private static int port(Map<String, String> env) {
        String text = value(env, "PORT").orElse("3000");
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a TCP port number (1-65535), not '" + text + "'");
        }
    }

    private static String roleTemplate(String text) {
        if (!text.startsWith("arn:") || !text.contains(":role/")) {
            throw new IllegalArgumentException("PEERBOT_ASSUME_ROLE must be a role ARN with {account} in it,"
                    + " e.g. arn:aws:iam::{account}:role/peerbot, not '" + text + "'");
        }
        return text;
    }

    /** {@code PEERBOT_WATCH}: other account:region pairs whose peerings the bot lists and resumes. */
    private static List<Location> locations(Map<String, String> env) {
        List<Location> locations = new ArrayList<>();
        for (String item : list(env, "PEERBOT_WATCH").stream().sorted().toList()) {
            String[] parts = item.split(":");
            if (parts.length != 2 || !parts[0].matches("\\d{12}") || !parts[1].matches("[a-z]{2}(-[a-z]+)+-\\d")) {
                throw new IllegalArgumentException("PEERBOT_WATCH takes account:region pairs such as"
                        + " 222233334444:eu-west-1, not '" + item + "'");
            }
            locations.add(new Location(parts[0], parts[1]));
        }
        return locations;
    }
}
