package io.peerbot.application.lifecycle;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.engine.Reading;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.List;

/** The owners of both sides of a peering, from both VPCs as read (their tags), and the scene of a decision. */
public final class Parties {
    private final OwnerLookup lookup;
    private final OwnersFile ownersFile;
    private final PeeringEngine engine;

    public Parties(OwnerLookup lookup, OwnersFile ownersFile, PeeringEngine engine) {
        this.lookup = lookup;
        this.ownersFile = ownersFile;
        this.engine = engine;
    }

    public record Both(String requesterVpc, Owners requester, String accepterVpc, Owners accepter) {
        /** A VPC with no owner cannot be peered: one rejection per ownerless side. */
        public List<Rejection> missing(String ownersFileHint) {
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
        return new Both(requester.displayName(), ownersOf(requester), accepter.displayName(), ownersOf(accepter));
    }

    /** Reads both VPCs of the peering once and resolves their owners from them. */
    public Scene read(ManagedPeering peering, PeeringStatus status) {
        return sceneOf(engine.read(peering, status));
    }

    public Scene sceneOf(Reading reading) {
        return new Scene(reading, ownersOf(reading.requester()), ownersOf(reading.accepter()));
    }

    public String ownersFileHint() {
        return ownersFile.path().orElse("");
    }

    private Owners ownersOf(VpcSnapshot vpc) {
        return lookup.ownersOf(vpc.id(), vpc.location(), vpc.tags());
    }
}
