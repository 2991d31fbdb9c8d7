package io.peerbot.application.usecase;

import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestReference;
import io.peerbot.domain.request.RequestTags;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Requests live in their peering connection's tags, in the requester's account (each account sees only
 * its own tags on a peering). This reads and writes them there; there is no other store.
 */
public final class RequestStore {
    private final Ec2Gateways gateways;

    public RequestStore(Ec2Gateways gateways) {
        this.gateways = gateways;
    }

    /** The request behind a button, read afresh from AWS; empty when the peering is gone or not ours. */
    public Optional<PeeringRequest> find(RequestReference reference) {
        return gateways.at(reference.location()).peering(reference.pcxId()).flatMap(RequestTags::decode);
    }

    public Optional<PeeringConnection> peering(RequestReference reference) {
        return gateways.at(reference.location()).peering(reference.pcxId());
    }

    /** Writes the request's tags, leaving the {@code Name} given at creation alone. */
    public PeeringRequest save(PeeringRequest request) {
        Map<String, String> tags = new HashMap<>(RequestTags.encode(request));
        tags.remove(RequestTags.NAME);
        gateways.at(request.requester().location()).tagPeering(request.pcxId(), tags);
        return request;
    }

    public static RequestReference referenceOf(PeeringRequest request) {
        return new RequestReference(request.pcxId(), request.requester().location());
    }

    /** The VPC of one side as it is now (for its tags: owners, Name). */
    public Optional<VpcSummary> vpcOf(PeeringSide side) {
        return gateways.at(side.location()).findVpcs(side.vpcId()).stream()
                .filter(v -> v.id().equals(side.vpcId())).findFirst();
    }

    public Map<String, String> tagsOf(PeeringSide side) {
        return vpcOf(side).map(VpcSummary::tags).orElse(Map.of());
    }
}
