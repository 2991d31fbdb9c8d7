package io.peerbot.domain.validation;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.PathKind;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.List;

/**
 * Why a request cannot go ahead: each kind carries the facts a person needs to see what is wrong and
 * how to fix it; the chat adapter puts them into words. Nothing in AWS has changed when one is returned.
 */
public sealed interface Rejection {

    /** {@code candidates}: VPCs with a similar name, closest first; may be empty. */
    record UnknownVpc(String reference, List<VpcSummary> candidates) implements Rejection {
        public UnknownVpc {
            candidates = List.copyOf(candidates);
        }
    }

    record AmbiguousVpc(String reference, List<VpcSummary> matches) implements Rejection {
        public AmbiguousVpc {
            matches = List.copyOf(matches);
        }
    }

    record SameVpc(String vpc) implements Rejection {
    }

    /**
     * The text of {@code option} ({@code --reason}, {@code --override}) is too long for the peering's record to
     * keep whole ({@code characters} typed).
     */
    record TextTooLongToKeep(String option, int characters) implements Rejection {
    }

    /** Each pair: a block of the requester's VPC, then the accepter's block it overlaps. */
    record OverlappingCidrs(String requesterVpc, String accepterVpc, List<Cidr[]> pairs) implements Rejection {
        public OverlappingCidrs {
            pairs = List.copyOf(pairs);
        }
    }

    /** {@code threadLink} may be null when the peering was not made by peerbot. */
    record ExistingPeering(String pcxId, PeeringStatus status, String threadLink) implements Rejection {
    }

    /**
     * {@code askedBy} is requesting a peering between the same two VPCs right now (empty: someone on another
     * replica of the bot); {@code cardLink} is empty while their card is not posted yet, or not known here.
     */
    record RequestUnderway(String requesterVpc, String accepterVpc, String askedBy, String cardLink)
            implements Rejection {
    }

    record QuotaReached(String quota, String resourceId, int limit, int inUse, int needed) implements Rejection {
    }

    record RouteConflict(String routeTableId, Cidr destination, String existingTarget) implements Rejection {
    }

    /**
     * The peering route would take the peer's {@code range} in {@code routeTableId} off an existing path
     * ({@code today}'s route, to a {@code path}); allowed only with {@code --override-routes}.
     */
    record MovesTrafficOffPath(String routeTableId, Cidr range, Route today, PathKind path) implements Rejection {
    }

    record UnknownSubnets(List<String> subnetIds) implements Rejection {
        public UnknownSubnets {
            subnetIds = List.copyOf(subnetIds);
        }
    }

    /**
     * {@code --to} or {@code --from} ({@code option}) names groups that are not in the VPC it picks for
     * ({@code vpc}); {@code elsewhere} maps those found in the other VPC of the request to that VPC's name.
     */
    record UnknownGroups(String option, String vpc, List<String> groupIds, java.util.Map<String, String> elsewhere)
            implements Rejection {
        public UnknownGroups {
            groupIds = List.copyOf(groupIds);
            elsewhere = java.util.Map.copyOf(elsewhere);
        }
    }

    /** {@code --source-groups} between two regions: a rule can name a peer's group only within one region. */
    record SourceGroupsAcrossRegions(String requesterRegion, String accepterRegion) implements Rejection {
    }

    /** {@code ownersFile} is null or blank when no owners file is configured. */
    record NoOwner(String vpc, String ownersFile) implements Rejection {
    }

    record ChannelNotAllowed(String channel, List<String> allowed) implements Rejection {
        public ChannelNotAllowed {
            allowed = List.copyOf(allowed);
        }
    }

    /** A VPC reference names an account outside the organisation: peerbot does not act there at all. */
    record AccountNotAllowed(String reference, String account) implements Rejection {
    }

    /** EC2 refused an action for lack of permission (found by DryRun or by the call itself). */
    record MissingPermission(String action, String location) implements Rejection {
    }
}
