package io.peerbot.application.port;

import java.util.List;
import java.util.Optional;

/** The owners file ({@code PEERBOT_OWNERS_FILE}): owner entries keyed by VPC id, Name or account. */
public interface OwnersFile {
    /** The raw entries (user ids or e-mails) for the first key that matches, in the order id, Name, account. */
    Optional<List<String>> ownersOf(String vpcId, Optional<String> name, String account);

    /** Where the file is, to tell a person how to add an owner. Empty when none is configured. */
    Optional<String> path();
}
