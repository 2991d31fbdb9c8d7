package io.peerbot.domain.connectivity;

import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * What the test checks for the requested ports. Ping always runs (it is what a person tries first) but
 * decides the result only when ICMP was requested (or nothing with ports was): a peering opened for
 * {@code tcp:5432} alone is not expected to answer ping. Each TCP range is tried on its first port; UDP
 * has no handshake to try, so UDP ranges get the static check only.
 */
public final class TestedTraffic {
    private TestedTraffic() {
    }

    /** Whether the ping result counts towards the verdict. */
    public static boolean pingCounts(List<PortRange> ports) {
        return ports.stream().noneMatch(PortRange::hasPorts)
                || ports.stream().anyMatch(p -> p.protocol() == Protocol.ICMP || p.protocol() == Protocol.ALL);
    }

    /** The TCP ranges, each tried on its first port. */
    public static List<PortRange> tcp(List<PortRange> ports) {
        return ports.stream().filter(p -> p.protocol() == Protocol.TCP).distinct().toList();
    }

    public static List<PortRange> udp(List<PortRange> ports) {
        return ports.stream().filter(p -> p.protocol() == Protocol.UDP).distinct().toList();
    }

    /** The distinct ports the script tries, one per TCP range. */
    public static List<Integer> tcpPortsToTry(List<PortRange> ports) {
        return tcp(ports).stream().map(PortRange::from).distinct().toList();
    }

    /** What the static check evaluates when nothing can be tried live: ICMP if it counts, then every range. */
    public static List<PortRange> staticTraffic(List<PortRange> ports) {
        List<PortRange> traffic = new ArrayList<>();
        if (pingCounts(ports)) {
            traffic.add(PortRange.ICMP);
        }
        ports.stream().filter(PortRange::hasPorts).distinct().forEach(traffic::add);
        return List.copyOf(traffic);
    }
}
