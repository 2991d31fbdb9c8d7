package io.peerbot.domain.connectivity;

/** An instance at one end of a tested direction, as the report names it. */
public record ProbeHost(String instanceId, String ip) {
    public static ProbeHost of(PathEnd end) {
        return new ProbeHost(end.instance().id(), end.ip());
    }
}
