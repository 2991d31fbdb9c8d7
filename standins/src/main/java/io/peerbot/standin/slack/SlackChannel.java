package io.peerbot.standin.slack;

import java.util.Objects;
import java.util.Set;

/**
 * A conversation in the stand-in workspace: a public or private channel, or a direct message with the bot.
 * Immutable; membership changes go through {@link Workspace}.
 *
 * @param id        {@code C…} for channels, {@code D…} for direct messages
 * @param name      channel name without {@code #}
 * @param isPrivate private channel (or DM): only members see it
 * @param isIm      a direct message between the bot and one user
 * @param members   IDs of the users (and the bot user) in the conversation
 */
public record SlackChannel(String id, String name, boolean isPrivate, boolean isIm, Set<String> members) {
    public SlackChannel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        members = Set.copyOf(members);
    }

    /** In the conversation (people and the bot's user alike). */
    public boolean isMember(String userId) {
        return members.contains(userId);
    }
}
