package io.peerbot.standin.slack;

import java.util.Objects;

/**
 * A person in the stand-in workspace.
 *
 * @param id       Slack user ID, {@code U…}
 * @param name     the handle ({@code alice}), sent as {@code user_name} / {@code username} in payloads
 * @param realName the full name shown in Slack
 * @param email    the profile e-mail, found by {@code users.lookupByEmail}
 */
public record SlackUser(String id, String name, String realName, String email) {
    public SlackUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!id.startsWith("U") && !id.startsWith("W")) {
            throw new IllegalArgumentException("a Slack user ID starts with U or W: " + id);
        }
        realName = realName == null ? name : realName;
    }
}
