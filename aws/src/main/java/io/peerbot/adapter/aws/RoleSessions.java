package io.peerbot.adapter.aws;

import io.peerbot.application.port.Caller;
import io.peerbot.application.port.CloudException;
import java.util.regex.Pattern;

/**
 * How a role session names the person and the change it acts for, within STS's rules: the session name
 * ({@code peerbot-U0ALICE01-pcx-0a1b2c3d}, at most 64 of {@code [\w+=,.@-]}) appears in every CloudTrail event's
 * assumed-role ARN; the source identity (the Slack user id, 2 to 64 of the same characters) is kept by AWS on the
 * session and on any role chained from it.
 */
final class RoleSessions {
    static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[\\w+=,.@-]{2,64}");
    private static final Pattern DISALLOWED_CHARACTER = Pattern.compile("[^\\w+=,.@-]");

    private RoleSessions() {
    }

    /** {@code peerbot-<user>[-<pcx>]}, characters STS refuses replaced by {@code -}, cut at 64. */
    static String sessionName(Caller caller) {
        String name = AwsEc2Gateways.SESSION_NAME + "-" + caller.slackUserId() + caller.pcxId().map(p -> "-" + p)
                .orElse("");
        name = DISALLOWED_CHARACTER.matcher(name).replaceAll("-");
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH);
    }

    /** The Slack user id as it is: it must name the person exactly, so one STS would refuse is an error here. */
    static String sourceIdentity(Caller caller) {
        String id = caller.slackUserId();
        if (!ALLOWED.matcher(id).matches()) {
            throw new CloudException("AssumeRole", "InvalidSourceIdentity", "The Slack user id '" + id + "' cannot "
                    + "be an AWS source identity (2 to 64 letters, digits or +=,.@_-), so the bot will not act for "
                    + "it in another account.", null);
        }
        return id;
    }
}
