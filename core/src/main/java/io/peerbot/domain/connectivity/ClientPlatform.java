package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.Instance;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.Locale;

/**
 * The operating system of a client, for the ephemeral ports its replies come back to: Linux picks them from
 * 32768–60999 (net.ipv4.ip_local_port_range), Windows from 49152–65535; for an unknown platform every port
 * 1024–65535 may be used.
 */
public enum ClientPlatform {
    LINUX(32768, 60999),
    WINDOWS(49152, 65535),
    UNKNOWN(1024, 65535);

    private final int ephemeralFrom;
    private final int ephemeralTo;

    ClientPlatform(int ephemeralFrom, int ephemeralTo) {
        this.ephemeralFrom = ephemeralFrom;
        this.ephemeralTo = ephemeralTo;
    }

    /** The instance's platform, from EC2's or SSM's name for it ("windows", "Linux/UNIX", "Linux" …). */
    public static ClientPlatform of(Instance instance) {
        return named(instance.platform());
    }

    public static ClientPlatform named(String platform) {
        if (platform == null || platform.isBlank()) {
            return UNKNOWN;
        }
        String name = platform.toLowerCase(Locale.ROOT);
        if (name.contains("windows")) {
            return WINDOWS;
        }
        if (name.contains("linux") || name.contains("unix") || name.contains("ubuntu") || name.contains("red hat")
                || name.contains("suse")) {
            return LINUX;
        }
        return UNKNOWN;
    }

    /** The ports the reply to a client of this platform comes back to. */
    public PortRange ephemeral(Protocol protocol) {
        return new PortRange(protocol, ephemeralFrom, ephemeralTo);
    }

    public int ephemeralFrom() {
        return ephemeralFrom;
    }

    public int ephemeralTo() {
        return ephemeralTo;
    }
}
