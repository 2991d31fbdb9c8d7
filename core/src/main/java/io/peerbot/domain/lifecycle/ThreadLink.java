package io.peerbot.domain.lifecycle;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.peering.PeeringConnection;
import java.util.Optional;

/**
 * A link to a peering's Slack thread. {@code slack.com/archives/…} links open in whichever workspace the
 * reader is signed in to, so no workspace domain is needed.
 */
public final class ThreadLink {
    /** The tags of a managed peering that name its thread; the record's codec writes them. */
    public static final String CHANNEL_TAG = "peerbot:channel";
    public static final String THREAD_TAG = "peerbot:thread";

    private ThreadLink() {
    }

    public static Optional<String> of(String channel, String threadTs) {
        if (channel == null || threadTs == null || !SlackIds.CHANNEL.matcher(channel).matches()
                || !SlackIds.MESSAGE_TS.matcher(threadTs).matches()) {
            return Optional.empty();
        }
        return Optional.of("https://slack.com/archives/" + channel + "/p" + threadTs.replace(".", ""));
    }

    /** The thread recorded in a peering's tags, if it has one. */
    public static Optional<String> of(PeeringConnection peering) {
        return of(peering.tags().get(CHANNEL_TAG), peering.tags().get(THREAD_TAG));
    }
}
