package io.peerbot.application.port;

import io.peerbot.domain.network.Location;
import java.time.Instant;
import java.util.Set;

/**
 * The peering requests made lately in each account and region, kept where every replica that takes that account
 * and region's turn to count and create requests reads them. EC2's reads are eventually consistent: a request made
 * a moment ago may be missing from the next count, whichever replica counts.
 */
public interface RequestsJustMade {

    /** The requests noted at {@code location} at or after {@code since}. */
    Set<String> since(Location location, Instant since);

    /**
     * Notes that {@code pcxId} was made at {@code location} at {@code at}; notes older than {@code forgetBefore} may
     * be dropped. Called once the request exists: a note that cannot be kept is logged, not thrown, so the request
     * is not reported as failed.
     */
    void note(Location location, String pcxId, Instant at, Instant forgetBefore);
}
