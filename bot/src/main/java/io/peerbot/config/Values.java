package io.peerbot.config;

import io.peerbot.adapter.aws.lease.LockTable;
import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.network.Location;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * How each kind of configuration value is parsed. A refusal is an {@link IllegalArgumentException} whose message
 * follows the variable's name: "must be …, not '…'".
 */
final class Values {
    static final Comparator<Location> BY_TEXT = Comparator.comparing(Location::toString);

    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    /** An IAM role ARN in any partition; the account is the placeholder, the path and name IAM's characters. */
    private static final Pattern ROLE_TEMPLATE =
            Pattern.compile("arn:aws(-[a-z]+)*:iam::\\{account}:role/[\\w+=,.@/-]+");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})([smhd])");
    private static final String ROLE_EXAMPLE = "arn:aws:iam::{account}:role/peerbot";

    private Values() {
    }

    static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("must be a TCP port number (1-65535), not '" + text + "'");
    }

    static String httpUrl(String text) {
        try {
            URI uri = new URI(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new IllegalArgumentException("must be an http(s) URL such as https://slack.com/api/, not '" + text + "'");
    }

    static String roleTemplate(String text) {
        if (!text.contains("{account}")) {
            throw new IllegalArgumentException("must contain {account} where each account's ID goes, e.g. "
                    + ROLE_EXAMPLE + ", not '" + text + "'");
        }
        if (!ROLE_TEMPLATE.matcher(text).matches()) {
            throw new IllegalArgumentException("must be an IAM role ARN with {account} as its account, e.g. "
                    + ROLE_EXAMPLE + ", not '" + text + "'");
        }
        return text;
    }

    static String account(String text) {
        if (!ACCOUNT.matcher(text).matches()) {
            throw new IllegalArgumentException("takes 12-digit AWS account IDs such as 222233334444, not '"
                    + text + "'");
        }
        return text;
    }

    static Location location(String text) {
        String[] parts = text.split(":");
        if (parts.length != 2 || !ACCOUNT.matcher(parts[0]).matches() || !REGION.matcher(parts[1]).matches()) {
            throw new IllegalArgumentException("takes account:region pairs such as 222233334444:eu-west-1, not '"
                    + text + "'");
        }
        return new Location(parts[0], parts[1]);
    }

    static String userId(String text) {
        if (!SlackIds.USER.matcher(text).matches()) {
            throw new IllegalArgumentException("takes Slack user IDs such as U012ABCDEF (in the person's profile: "
                    + "⋮ > Copy member ID), not '" + text + "'");
        }
        return text;
    }

    static String channel(String text) {
        if (!SlackIds.CHANNEL.matcher(text).matches()) {
            throw new IllegalArgumentException("takes Slack channel IDs such as C012ABCDEF (at the bottom of the "
                    + "channel's details), not '" + text + "'");
        }
        return text;
    }

    /** A whole number of seconds, minutes, hours or days: {@code 30s}, {@code 10m}, {@code 1h}, {@code 1d}. */
    static Duration interval(String text) {
        var match = DURATION.matcher(text.strip());
        if (match.matches() && Long.parseLong(match.group(1)) > 0) {
            long amount = Long.parseLong(match.group(1));
            return switch (match.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        throw new IllegalArgumentException("must be a positive duration: a whole number and a unit s, m, h or d, "
                + "such as 30s or 10m, not '" + text + "'");
    }

    /** A DynamoDB table name: 3 to 255 letters, digits, {@code _}, {@code .} or {@code -}. */
    static String tableName(String text) {
        if (LockTable.whyInvalid(text).isPresent()) {
            throw new IllegalArgumentException("must be a DynamoDB table name such as peerbot-locks (3 to 255 "
                    + "characters, each a letter, a digit, '_', '.' or '-'), not '" + text + "'");
        }
        return text;
    }

    static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("must be a file path, not '" + text + "' (" + e.getReason() + ")");
        }
    }
}
