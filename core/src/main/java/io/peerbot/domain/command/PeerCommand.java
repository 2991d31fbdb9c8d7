package io.peerbot.domain.command;

import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.Optional;

/** A parsed {@code /peer} command (SPEC §2). */
public sealed interface PeerCommand {
    /** {@code /peer <vpc> <vpc> [options]}: the first VPC is the requester side. */
    record Request(VpcRef requester, VpcRef accepter, PeeringOptions options) implements PeerCommand {
    }

    /** {@code /peer plan <vpc> <vpc> [options]}: shows the plan, changes nothing. */
    record ShowPlan(VpcRef requester, VpcRef accepter, PeeringOptions options) implements PeerCommand {
    }

    record ListPeerings(Optional<VpcRef> vpc) implements PeerCommand {
    }

    record Status(String pcxId) implements PeerCommand {
    }

    /** {@code ports} empty means the ports the peering was made with. */
    record Test(String pcxId, List<PortRange> ports) implements PeerCommand {
    }

    record Open(String pcxId, List<PortRange> ports) implements PeerCommand {
    }

    record Close(String pcxId, List<PortRange> ports) implements PeerCommand {
    }

    record Delete(String pcxId) implements PeerCommand {
    }

    /** {@code /peer retry <pcx-id>}: finish an apply that failed; adds only what is missing. */
    record Retry(String pcxId) implements PeerCommand {
    }

    record Help() implements PeerCommand {
    }
}
