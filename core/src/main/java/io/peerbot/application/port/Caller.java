package io.peerbot.application.port;

import java.util.Objects;
import java.util.Optional;

/**
 * The person a call to AWS is made for, and the peering change it is part of: the AWS adapter names them in the
 * role session it uses, so an auditor can go from a CloudTrail event to the Slack thread.
 *
 * @param slackUserId the Slack user who asked or approved, e.g. {@code U0ALICE01}
 * @param pcxId       the peering connection the change is about, once there is one
 */
public record Caller(String slackUserId, Optional<String> pcxId) {
    public Caller {
        Objects.requireNonNull(slackUserId, "slackUserId");
        Objects.requireNonNull(pcxId, "pcxId");
        if (slackUserId.isBlank()) {
            throw new IllegalArgumentException("a caller is a Slack user id, not blank");
        }
    }

    public static Caller of(String slackUserId) {
        return new Caller(slackUserId, Optional.empty());
    }

    public static Caller of(String slackUserId, String pcxId) {
        return new Caller(slackUserId, Optional.of(pcxId));
    }
}
