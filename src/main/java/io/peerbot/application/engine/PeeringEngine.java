package io.peerbot.application.engine;

import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.request.PeeringRequest;
import java.util.Map;

/**
 * Turns "peer these two VPCs, open these ports" into exactly the right EC2 changes, safely and
 * repeatably: resolve and read both VPCs, plan, validate, create the peering, accept it, wait for
 * active, add routes and rules (in parallel, within EC2's rate limits), set DNS, and take it all
 * down again. Every step is idempotent; an apply re-run after any failure converges to the plan.
 */
public final class PeeringEngine {
    private final Ec2Gateways gateways;

    public PeeringEngine(Ec2Gateways gateways) {
        this.gateways = gateways;
    }

    /** Resolves both references, reads both VPCs and their peerings, plans and validates. Changes nothing. */
    public Preparation prepare(VpcRef requester, VpcRef accepter, PeeringOptions options) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Creates the peering connection with the request's tags, in the requester's account and region. */
    public String create(Proposal proposal, Map<String, String> tags) {
        throw new UnsupportedOperationException("not built yet");
    }

    /**
     * Accepts the peering in the accepter's account and region (unless already active), waits for it to
     * be active, then applies whatever part of the request's plan is not yet in place. Returns the plan
     * as applied.
     */
    public Plan apply(PeeringRequest request, ApplyListener listener) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Rejects a pending peering in the accepter's account and region. */
    public void reject(PeeringRequest request) {
        throw new UnsupportedOperationException("not built yet");
    }
}
