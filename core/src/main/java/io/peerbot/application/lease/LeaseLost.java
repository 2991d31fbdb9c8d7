package io.peerbot.application.lease;

/** The lease work was done under was lost: another replica may be doing the work now, so this one stops. */
public final class LeaseLost extends RuntimeException {
    public LeaseLost(String key) {
        super("lost the lease on " + key + "; another replica may be doing this work now");
    }
}
