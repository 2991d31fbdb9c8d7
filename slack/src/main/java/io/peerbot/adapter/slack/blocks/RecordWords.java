package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.ManagedPeerings.Lookup;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.Optional;

/**
 * How a peering's record stands when it is not a verified one of peerbot's, in the views that show any peering
 * ({@code /peer list}, {@code /peer status}, {@code /peer test}): briefly for a list line, with why for the rest.
 */
final class RecordWords {
    private RecordWords() {
    }

    /** A few words for a list line; empty for a record that verifies. */
    static Optional<String> brief(Lookup record) {
        if (record instanceof ManagedPeerings.Found) {
            return Optional.empty();
        }
        if (record instanceof ManagedPeerings.Unreadable) {
            return Optional.of("peerbot tags unreadable, not acted on");
        }
        if (record instanceof ManagedPeerings.Untrusted) {
            return Optional.of("record changed outside peerbot, not acted on");
        }
        if (record instanceof ManagedPeerings.Unsaved unsaved) {
            return Optional.of("request never recorded, " + (unsaved.status().pending() ? "to be withdrawn"
                    : "not acted on"));
        }
        return Optional.of("not made by peerbot");
    }

    /** Sentences on why peerbot does not act on the peering; empty for a record that verifies. */
    static Optional<String> explained(Lookup record) {
        if (record instanceof ManagedPeerings.Found) {
            return Optional.empty();
        }
        if (record instanceof ManagedPeerings.Unreadable unreadable) {
            return Optional.of("Its peerbot tags cannot be read (" + Mrkdwn.escape(unreadable.why()) + "), so peerbot "
                    + "does not act on it.");
        }
        if (record instanceof ManagedPeerings.Untrusted untrusted) {
            return Optional.of("Its record was changed outside peerbot (" + Mrkdwn.escape(untrusted.why()) + "), so "
                    + "peerbot does not act on it. Ask an admin to look at who changed its `peerbot:` tags.");
        }
        if (record instanceof ManagedPeerings.Unsaved unsaved) {
            return Optional.of("peerbot stopped between creating this request in EC2 and recording it, so it does not "
                    + "act on it. " + neverSaved(unsaved.status()));
        }
        return Optional.of("It was not made by peerbot.");
    }

    /** What becomes of a request peerbot created and never recorded, in its status now. */
    static String neverSaved(PeeringStatus status) {
        if (status.pending()) {
            return "It stays pending acceptance until peerbot withdraws it at its next periodic check (every "
                    + "`PEERBOT_WATCH_INTERVAL`, 10 minutes by default); then ask again with `/peer`.";
        }
        if (status.live()) {
            return "It is " + Mrkdwn.code(status.code()) + " in EC2: accepted outside peerbot.";
        }
        return "The request is withdrawn (" + Mrkdwn.code(status.code()) + " in EC2). Ask again with `/peer`.";
    }
}
