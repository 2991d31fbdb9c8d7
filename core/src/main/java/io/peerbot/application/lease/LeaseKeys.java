package io.peerbot.application.lease;

import io.peerbot.domain.lifecycle.PcxId;

/** The keys of the leases replicas agree through, one place for every kind. */
public final class LeaseKeys {
    private LeaseKeys() {
    }

    /** Deciding on a peering: a click's or an ask's read–decide–write. */
    public static String decide(PcxId id) {
        return "decide/" + id.value();
    }

    /** Applying a peering's change. */
    public static String apply(String pcxId) {
        return "apply/" + pcxId;
    }

    /** Running a background watch. */
    public static String watch(String name) {
        return "watch/" + name;
    }
}
