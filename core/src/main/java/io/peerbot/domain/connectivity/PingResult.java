package io.peerbot.domain.connectivity;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What {@code ping} reported: packets sent and answered, the loss, and the average round trip when any
 * answer came.
 *
 * @param errors     ICMP errors counted instead of answers ({@code +3 errors})
 * @param icmpError  the first error ping printed for a packet, e.g. {@code Destination Host Unreachable}
 */
public record PingResult(int transmitted, int received, int errors, double lossPercent, OptionalDouble averageRttMs,
                         Optional<String> icmpError) {

    /** At least one echo came back. */
    public boolean reachable() {
        return received > 0;
    }
}
