package io.peerbot.domain.validation;

import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.plan.Plan;
import java.util.List;

/**
 * Checks a peering before anything is created (SPEC §4): distinct VPCs, no overlapping blocks (all
 * IPv4 and IPv6 associations), no live peering between them, quotas, no route conflicting with the
 * plan. Returns every problem found; empty means it may go ahead.
 *
 * @param existing the peering connections of either VPC, in any state
 */
public final class PeeringValidator {
    private final Quotas quotas;

    public PeeringValidator(Quotas quotas) {
        this.quotas = quotas;
    }

    public List<Rejection> validate(VpcSnapshot requester, VpcSnapshot accepter, List<PeeringConnection> existing,
                                    Plan plan) {
        throw new UnsupportedOperationException("not built yet");
    }
}
