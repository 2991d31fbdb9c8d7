package io.peerbot.domain.request;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.peering.PeeringConnection;
import java.util.Optional;

/**
 * A link to a request's Slack thread. {@code slack.com/archives/…} links open in whichever workspace
 * the reader is signed in to, so no workspace domain is needed.
 */
public final class ThreadLink {
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
        return of(peering.tags().get(RequestTags.CHANNEL), peering.tags().get(RequestTags.THREAD));
    }
}
