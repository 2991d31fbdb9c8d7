package io.peerbot.application.port;

import java.util.Optional;

/** Turns the e-mail addresses in owner lists into chat user ids. */
public interface OwnerDirectory {
    Optional<String> userIdByEmail(String email);
}
