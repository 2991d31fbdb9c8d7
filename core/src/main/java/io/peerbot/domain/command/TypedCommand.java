package io.peerbot.domain.command;

import io.peerbot.domain.export.ExportFormat;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.Optional;

/** A parsed {@code /peer} command (SPEC §2). */
public sealed interface TypedCommand {
    /** {@code /peer <vpc> <vpc> [options]}: the first VPC is the requester side. */
    record Request(VpcRef requester, VpcRef accepter, PeeringOptions options) implements TypedCommand {
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

    record Open(String pcxId, List<PortRange> ports) implements TypedCommand {
    }

    record Close(String pcxId, List<PortRange> ports) implements TypedCommand {
    }

    record Delete(String pcxId) implements TypedCommand {
    }

    /** {@code /peer retry <pcx-id>}: finish an apply that failed; adds only what is missing. */
    record Retry(String pcxId) implements TypedCommand {
    }

    /** {@code /peer export <pcx-id> [--format terraform]}: code for what peerbot made, shared in its thread. */
    record Export(String pcxId, ExportFormat format) implements TypedCommand {
    }

    record Help() implements TypedCommand {
    }
}
