package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.NetworkAcl;
import io.peerbot.domain.network.RouteTable;
import io.peerbot.domain.traffic.PortRange;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The static path check: without sending a packet, follows traffic from an instance in one VPC to an
 * instance in the peer VPC over a peering connection, and names the first element that would stop it.
 * Checked in order: the source subnet's route to the destination via the peering; the source subnet's
 * ACL outbound and the destination subnet's ACL inbound; the way back through the destination's ACL
 * outbound and the source's ACL inbound (for TCP and UDP the ephemeral ports of the client's platform: Linux
 * 32768-60999, Windows 49152-65535; for an unknown platform 1024-65535, and when an ACL lets back only a Linux
 * client's ports the path is open with that assumption stated rather than blamed on a correct ACL; the echo
 * reply for ICMP); the source's security groups outbound and the destination's inbound; the destination subnet's
 * route back via the peering. An ICMP rule of one type matches only that type: 8 for ping's request, 0 for
 * its reply.
 */
public final class PathChecker {
    private PathChecker() {
    }

    /** Checks each kind of traffic; verdicts in the order given. */
    public static List<PathVerdict> check(PathEnd source, PathEnd destination, String pcxId,
                                          List<PortRange> traffic) {
        return traffic.stream().map(t -> check(source, destination, pcxId, t)).toList();
    }

    /** Open, or blocked by the first element on the way (or back) that stops the traffic. */
    public static PathVerdict check(PathEnd source, PathEnd destination, String pcxId, PortRange traffic) {
        ClientPlatform platform = ClientPlatform.of(source.instance());
        PathVerdict verdict = check(source, destination, pcxId, traffic, replyTo(traffic, platform));
        if (platform != ClientPlatform.UNKNOWN || verdict.open() || !traffic.hasPorts()) {
            return verdict;
        }
        PortRange linuxReply = replyTo(traffic, ClientPlatform.LINUX);
        PathVerdict asLinux = check(source, destination, pcxId, traffic, linuxReply);
        return asLinux.open() ? new PathVerdict.Open(traffic, linuxReply) : verdict;
    }

    private static PathVerdict check(PathEnd source, PathEnd destination, String pcxId, PortRange traffic,
                                     PortRange reply) {
        boolean sameRegion = source.vpc().location().region().equals(destination.vpc().location().region());
        String replyPurpose = traffic.hasPorts() ? " (return traffic of " + traffic + ")" : " (the reply)";
        Optional<NetworkAcl> sourceAcl = AclCheck.aclOf(source.vpc(), source.subnetId());
        Optional<NetworkAcl> destinationAcl = AclCheck.aclOf(destination.vpc(), destination.subnetId());

        List<Supplier<Optional<Obstacle>>> steps = List.of(
                () -> routeTable(source).flatMap(t -> RouteCheck.check(t, destination, pcxId, false))
                        .or(() -> missingRouteTable(source)),
                () -> sourceAcl.flatMap(a -> AclCheck.check(a, true, traffic, false, destination.ip(),
                        destination.network(), "")),
                () -> destinationAcl.flatMap(a -> AclCheck.check(a, false, traffic, false, source.ip(),
                        source.network(), "")),
                () -> destinationAcl.flatMap(a -> AclCheck.check(a, true, reply, true, source.ip(),
                        source.network(), replyPurpose)),
                () -> sourceAcl.flatMap(a -> AclCheck.check(a, false, reply, true, destination.ip(),
                        destination.network(), replyPurpose)),
                () -> SecurityGroupCheck.check(source, destination, true, traffic, sameRegion),
                () -> SecurityGroupCheck.check(destination, source, false, traffic, sameRegion),
                () -> routeTable(destination).flatMap(t -> RouteCheck.check(t, source, pcxId, true))
                        .or(() -> missingRouteTable(destination)));

        return steps.stream().map(Supplier::get).flatMap(Optional::stream).findFirst()
                .<PathVerdict>map(o -> new PathVerdict.Blocked(traffic, o.hop(), o.elementId(), o.reason()))
                .orElseGet(() -> new PathVerdict.Open(traffic));
    }

    /** What comes back: ICMP answers ICMP; TCP and UDP answer to the client's ephemeral port. */
    static PortRange replyTo(PortRange traffic, ClientPlatform platform) {
        return traffic.hasPorts() ? platform.ephemeral(traffic.protocol()) : traffic;
    }

    private static Optional<RouteTable> routeTable(PathEnd end) {
        return end.vpc().routeTableOf(end.subnetId());
    }

    private static Optional<Obstacle> missingRouteTable(PathEnd end) {
        if (routeTable(end).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new Obstacle(Hop.INSTANCE, end.subnetId(), end.subnetId() + " of "
                + end.instance().id() + " has no route table in " + end.vpc().id()));
    }
}
