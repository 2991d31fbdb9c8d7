package io.peerbot.domain.approval;

import java.util.Set;

/**
 * The Slack users who own a VPC, and where that was found (the VPC's {@code peerbot:owner} tag, or
 * the owners file), so a person can be told how to change it.
 */
public record Owners(Set<String> userIds, String source) {
    public Owners {
        userIds = Set.copyOf(userIds);
    }

    public static Owners none() {
        return new Owners(Set.of(), "none");
    }

    public boolean isEmpty() {
        return userIds.isEmpty();
    }

    public boolean includes(String userId) {
        return userIds.contains(userId);
    }
}
