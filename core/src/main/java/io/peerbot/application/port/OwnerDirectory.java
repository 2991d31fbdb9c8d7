package io.peerbot.application.port;

import java.util.Optional;
import java.util.Set;

/** Turns the e-mail addresses and user groups in owner lists into chat user ids. */
public interface OwnerDirectory {
    Optional<String> userIdByEmail(String email);

    /** The members of a user group; empty when the group is unknown or has none. */
    Set<String> membersOfGroup(String groupId);
}
