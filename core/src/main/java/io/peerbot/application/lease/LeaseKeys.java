package io.peerbot.application.lease;

import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;

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

    /** Counting the peering requests an account has made in a region and creating one more. */
    public static String requestsMade(Location requester) {
        return "requests/" + requester.account() + ":" + requester.region();
    }

    /** Running a background watch. */
    public static String watch(String name) {
        return "watch/" + name;
    }
}
