package io.peerbot.domain.policy;

import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;

/** Whether two port ranges admit any packet in common. */
final class PortOverlap {
    private PortOverlap() {
    }

    static boolean overlaps(PortRange a, PortRange b) {
        if (a.protocol() == Protocol.ALL || b.protocol() == Protocol.ALL) {
            return true;
        }
        if (a.protocol() != b.protocol()) {
            return false;
        }
        return !a.hasPorts() || a.from() <= b.to() && b.from() <= a.to();
    }
}
