package io.peerbot.application.usecase;

import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PEERBOT_ALLOWED_CHANNELS}: where the bot acts. Empty means everywhere. The alert channel
 * ({@code PEERBOT_ALERT_CHANNEL}) is where the bot posts alerts about peering requests it did not make; the
 * buttons on those alerts work there even when it is not an allowed channel.
 */
public record ChannelPolicy(Set<String> allowed, Optional<String> alertChannel) {
    public ChannelPolicy {
        allowed = Set.copyOf(allowed);
    }

    /** No alert channel. */
    public ChannelPolicy(Set<String> allowed) {
        this(allowed, Optional.empty());
    }

    public Optional<Rejection> check(String channel) {
        if (allowed.isEmpty() || allowed.contains(channel)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection.ChannelNotAllowed(channel, List.copyOf(allowed)));
    }

    /** As {@link #check(String)}, for a click on an alert's button, which is also taken in the alert channel. */
    public Optional<Rejection> checkAlertButton(String channel) {
        if (alertChannel.filter(channel::equals).isPresent()) {
            return Optional.empty();
        }
        return check(channel);
    }
}
