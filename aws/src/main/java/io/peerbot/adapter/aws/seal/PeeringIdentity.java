package io.peerbot.adapter.aws.seal;

import io.peerbot.domain.network.Location;
import java.util.Objects;

/**
 * What a sealed record is about: the peering connection and the VPC at each end, with their accounts and regions.
 * The seal binds all of it, so a record copied onto another peering does not verify there.
 */
public record PeeringIdentity(String pcxId, Location requester, String requesterVpcId,
                              Location accepter, String accepterVpcId) {
    public PeeringIdentity {
        Objects.requireNonNull(pcxId, "pcxId");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(requesterVpcId, "requesterVpcId");
        Objects.requireNonNull(accepter, "accepter");
        Objects.requireNonNull(accepterVpcId, "accepterVpcId");
    }

    /** The same ends before EC2 named the connection: what a request's record is sealed over when it is created. */
    public PeeringIdentity unnamed() {
        return new PeeringIdentity("", requester, requesterVpcId, accepter, accepterVpcId);
    }

    /** Both ends in one account: the peering has one set of tags, so there is one copy of the record. */
    public boolean oneAccount() {
        return requester.account().equals(accepter.account());
    }
}
