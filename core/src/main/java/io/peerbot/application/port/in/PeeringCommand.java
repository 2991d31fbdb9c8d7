package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.expiry.Lifetime;
import java.util.Objects;
import java.util.Optional;

/** A peering asked for (or previewed) by {@code asker}: two VPCs and the options, as typed and parsed. */
public record PeeringCommand(Actor asker, VpcRef requester, VpcRef accepter, PeeringOptions options,
                             Optional<Lifetime> lasting) {
    /** A permanent peering. */
    public PeeringCommand(Actor asker, VpcRef requester, VpcRef accepter, PeeringOptions options) {
        this(asker, requester, accepter, options, Optional.empty());
    }

    public PeeringCommand {
        Objects.requireNonNull(lasting, "lasting");
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(accepter, "accepter");
        Objects.requireNonNull(options, "options");
        if (options.ports().isEmpty()) {
            throw new IllegalArgumentException("a peering opens at least one port");
        }
    }
}
