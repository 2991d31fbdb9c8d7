package io.peerbot.application.usecase;

import io.peerbot.application.port.OwnersFile;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The owners of both sides of a peering. */
public final class RequestParties {
    private final OwnerLookup lookup;
    private final OwnersFile ownersFile;
    private final RequestStore store;

    public RequestParties(OwnerLookup lookup, OwnersFile ownersFile, RequestStore store) {
        this.lookup = lookup;
        this.ownersFile = ownersFile;
        this.store = store;
    }

    public record Both(String requesterVpc, Owners requester, String accepterVpc, Owners accepter) {
        /** A VPC with no owner cannot be peered: one rejection per ownerless side. */
        List<Rejection> missing(String ownersFileHint) {
            List<Rejection> missing = new ArrayList<>();
            if (requester.isEmpty()) {
                missing.add(new Rejection.NoOwner(requesterVpc, ownersFileHint));
            }
            if (accepter.isEmpty() && !accepterVpc.equals(requesterVpc)) {
                missing.add(new Rejection.NoOwner(accepterVpc, ownersFileHint));
            }
            return missing;
        }
    }

    public Both of(VpcSnapshot requester, VpcSnapshot accepter) {
        return new Both(requester.displayName(), ownersOf(requester.id(), requester.location(), requester.tags()),
                accepter.displayName(), ownersOf(accepter.id(), accepter.location(), accepter.tags()));
    }

    public Owners ownersOf(String vpcId, Location location, Map<String, String> tags) {
        return lookup.ownersOf(vpcId, location, tags);
    }

    /** The owners of one side of a peering, from its VPC's tags as they are now. */
    public Owners ownersOf(PeeringSide side) {
        return ownersOf(side.vpcId(), side.location(), store.tagsOf(side));
    }

    String ownersFileHint() {
        return ownersFile.path().orElse("");
    }
}
