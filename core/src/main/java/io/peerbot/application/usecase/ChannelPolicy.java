package io.peerbot.application.usecase;

import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code PEERBOT_ALLOWED_CHANNELS}: where the bot acts. Empty means everywhere. */
public record ChannelPolicy(Set<String> allowed) {
    public ChannelPolicy {
        allowed = Set.copyOf(allowed);
    }

    public Optional<Rejection> check(String channel) {
        if (allowed.isEmpty() || allowed.contains(channel)) {
            return Optional.empty();
        }
        return Optional.of(new Rejection.ChannelNotAllowed(channel, List.copyOf(allowed)));
    }
}
