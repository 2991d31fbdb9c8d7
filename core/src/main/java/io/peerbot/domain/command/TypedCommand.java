package io.peerbot.domain.command;

import io.peerbot.domain.map.MapScope;
import io.peerbot.domain.expiry.Lifetime;
import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.Optional;

/** A parsed {@code /peer} command (SPEC §2). */
public sealed interface TypedCommand {
    /** {@code /peer <vpc> <vpc> [options]}: the first VPC is the requester side. */
    record Request(VpcRef requester, VpcRef accepter, PeeringOptions options, Optional<Lifetime> lasting)
            implements TypedCommand {
        public Request(VpcRef requester, VpcRef accepter, PeeringOptions options) {
            this(requester, accepter, options, Optional.empty());
        }
    }

    /** {@code /peer plan <vpc> <vpc> [options]}: shows the plan, changes nothing. */
    record ShowPlan(VpcRef requester, VpcRef accepter, PeeringOptions options) implements TypedCommand {
    }

    record ListPeerings(Optional<VpcRef> vpc) implements TypedCommand {
    }

    record Status(String pcxId) implements TypedCommand {
    }

    /** {@code ports} empty means the ports the peering was made with. */
    record Test(String pcxId, List<PortRange> ports) implements TypedCommand {
    }

    /** {@code lasting}: {@code --for}, the ports are closed again at its end. */
    record Open(String pcxId, List<PortRange> ports, Optional<Lifetime> lasting) implements TypedCommand {
        public Open(String pcxId, List<PortRange> ports) {
            this(pcxId, ports, Optional.empty());
        }
    }

    /** {@code /peer renew <pcx-id> --for 7d}: a temporary peering or opening ends that long from now instead. */
    record Renew(String pcxId, Lifetime lasting) implements TypedCommand {
    }

    record Close(String pcxId, List<PortRange> ports) implements TypedCommand {
    }

    record Delete(String pcxId) implements TypedCommand {
    }

    /** {@code /peer retry <pcx-id>}: finish an apply that failed; adds only what is missing. */
    record Retry(String pcxId) implements TypedCommand {
    }

    /** {@code /peer map [vpc|account]}: a picture of the VPCs and their peerings. */
    record ShowMap(MapScope scope) implements TypedCommand {
    }

    /** {@code /peer policy [vpc]}: the policy's rules (that may apply to a peering of {@code vpc}). */
    record ShowPolicy(Optional<VpcRef> vpc) implements TypedCommand {
    }

    /** {@code /peer export <pcx-id> [--format terraform]}: code for what peerbot made, shared in its thread. */
    record Export(String pcxId, ExportFormat format) implements TypedCommand {
    }

    record Help() implements TypedCommand {
    }
}
