package io.peerbot.domain.traffic;

import java.util.List;

/** Parses {@code tcp:5432,udp:53,tcp:8000-8100,icmp}. */
public final class PortList {
    private PortList() {
    }

    /** @throws IllegalArgumentException naming the bad item and the expected form */
    public static List<PortRange> parse(String text) {
        throw new UnsupportedOperationException("not built yet");
    }
}
