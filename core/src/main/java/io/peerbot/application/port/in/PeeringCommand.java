package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
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

    /** This command as a refusal names it: previewed ({@code PLAN}) or asked for, and its two VPCs as typed. */
    public Notice.Proposed proposed(Notice.Proposed.Kind kind) {
        return new Notice.Proposed(kind, requester, accepter);
    }
}
