package io.peerbot.standin.slack;

import java.util.List;
import java.util.Objects;

/**
 * A user group ({@code @network-team}), answered by {@code usergroups.users.list}.
 *
 * @param id      {@code S…}
 * @param handle  the mention handle without {@code @}
 * @param userIds the members
 */
public record SlackUserGroup(String id, String handle, List<String> userIds) {
    public SlackUserGroup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(handle, "handle");
        userIds = List.copyOf(userIds);
    }
}
