package io.peerbot.application.lease;

import io.peerbot.domain.lifecycle.PcxId;

/**
 * A decision on the peering is being made by another replica and did not finish within the wait: this one was not
 * made, and whoever asked is told so.
 */
public final class PeeringBusy extends RuntimeException {
    private final transient PcxId pcxId;

    public PeeringBusy(PcxId pcxId) {
        super("a decision on " + pcxId.value() + " is being made elsewhere");
        this.pcxId = pcxId;
    }

    public PcxId pcxId() {
        return pcxId;
    }
}
