package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import io.peerbot.domain.expiry.Lifetime;
import java.util.Objects;
import java.util.Optional;

/**
 * A later change asked for by {@code asker} on a peering: its kind and, for an open or a close, its ports (for a
 * renewal, those of the opening it renews, or none).
 */
public record AskChangeCommand(Actor asker, ChangeKind kind, PcxId pcxId, List<PortRange> ports,
                               Optional<Lifetime> lasting) {
    /** A permanent change. */
    public AskChangeCommand(Actor asker, ChangeKind kind, PcxId pcxId, List<PortRange> ports) {
        this(asker, kind, pcxId, ports, Optional.empty());
    }

    public AskChangeCommand {
        Objects.requireNonNull(lasting, "lasting");
        if (lasting.isPresent() && !kind.mayEnd()) {
            throw new IllegalArgumentException("a " + kind.tag() + " has no end time");
        }
        if (kind == ChangeKind.RENEW && lasting.isEmpty()) {
            throw new IllegalArgumentException("a renewal says how long from now");
        }
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(pcxId, "pcxId");
        ports = List.copyOf(ports);
        if (kind == ChangeKind.CREATE) {
            throw new IllegalArgumentException("a peering is created by asking for it, not changed into being");
        }
        if (!kind.portsOptional() && kind.takesPorts() == ports.isEmpty()) {
            throw new IllegalArgumentException(kind.takesPorts() ? "a " + kind.tag() + " needs ports"
                    : "a " + kind.tag() + " takes no ports");
        }
    }
}
