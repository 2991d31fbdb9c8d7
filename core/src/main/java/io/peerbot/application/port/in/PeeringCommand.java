package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import java.util.Objects;

/** A peering asked for (or previewed) by {@code asker}: two VPCs and the options, as typed and parsed. */
public record PeeringCommand(Actor asker, VpcRef requester, VpcRef accepter, PeeringOptions options) {
    public PeeringCommand {
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(accepter, "accepter");
        Objects.requireNonNull(options, "options");
        if (options.ports().isEmpty()) {
            throw new IllegalArgumentException("a peering opens at least one port");
        }
    }
}
