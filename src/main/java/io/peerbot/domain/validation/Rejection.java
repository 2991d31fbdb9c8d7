package io.peerbot.domain.validation;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringStatus;
import java.util.List;

/**
 * Why a request cannot go ahead. Each kind says what is wrong and how to fix it, in words a person
 * can act on; nothing in AWS has changed when one is returned.
 */
public sealed interface Rejection {
    /** The message for the person who typed or clicked (Slack mrkdwn allowed). */
    String message();

    record UnknownVpc(String reference, List<VpcSummary> candidates) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    record AmbiguousVpc(String reference, List<VpcSummary> matches) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    record SameVpc(String vpc) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    record OverlappingCidrs(String requesterVpc, String accepterVpc, List<Cidr[]> pairs) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    /** {@code threadLink} may be null when the peering was not made by peerbot. */
    record ExistingPeering(String pcxId, PeeringStatus status, String threadLink) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    record QuotaReached(String quota, String resourceId, int limit, int inUse, int needed) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    record RouteConflict(String routeTableId, Cidr destination, String existingTarget) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    record UnknownSubnets(List<String> subnetIds) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    record NoOwner(String vpc, String ownersFile) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    /** Malformed input: a bad port list, an unknown option, text too long, a missing argument. */
    record BadInput(String problem, String hint) implements Rejection {
        public String message() {
            return problem + (hint.isEmpty() ? "" : "\n" + hint);
        }
    }

    record ChannelNotAllowed(String channel, List<String> allowed) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }

    /** EC2 refused an action for lack of permission (found by DryRun or by the call itself). */
    record MissingPermission(String action, String location) implements Rejection {
        public String message() {
            throw new UnsupportedOperationException("not built yet");
        }
    }
}
