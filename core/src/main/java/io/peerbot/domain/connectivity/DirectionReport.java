package io.peerbot.domain.connectivity;

import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The test of one direction, from an instance in VPC {@code from} to one in VPC {@code to}.
 *
 * @param from    the source VPC as a person names it (its Name tag, else its id)
 * @param ports   the requested ports the direction was tested for
 */
public record DirectionReport(String from, String to, Optional<ProbeHost> source, Optional<ProbeHost> destination,
                              List<PortRange> ports, DirectionOutcome outcome) {
    public DirectionReport {
        ports = List.copyOf(ports);
    }

    /**
     * A live run, with the static check next to every check that failed (and for UDP, which is not tried live).
     */
    public static DirectionReport live(PathEnd source, PathEnd destination, String pcxId, List<PortRange> ports,
                                       ProbeRun run) {
        List<PortRange> explain = new ArrayList<>();
        if (TestedTraffic.pingCounts(ports) && !run.ping().map(PingResult::reachable).orElse(false)) {
            explain.add(PortRange.ICMP);
        }
        for (PortRange range : TestedTraffic.tcp(ports)) {
            if (!run.tcp(range.from()).map(c -> c.state().pathOpen()).orElse(false)) {
                explain.add(range);
            }
        }
        explain.addAll(TestedTraffic.udp(ports));
        return new DirectionReport(name(source), name(destination), Optional.of(ProbeHost.of(source)),
                Optional.of(ProbeHost.of(destination)), ports,
                new DirectionOutcome.Live(run, PathChecker.check(source, destination, pcxId, explain)));
    }

    /** No live run was possible ({@code whyNotLive}); the static check of every requested kind of traffic. */
    public static DirectionReport staticOnly(PathEnd source, PathEnd destination, String pcxId,
                                             List<PortRange> ports, String whyNotLive) {
        return new DirectionReport(name(source), name(destination), Optional.of(ProbeHost.of(source)),
                Optional.of(ProbeHost.of(destination)), ports, new DirectionOutcome.StaticOnly(whyNotLive,
                PathChecker.check(source, destination, pcxId, TestedTraffic.staticTraffic(ports))));
    }

    /** Not tested at all, e.g. for want of an instance. */
    public static DirectionReport notTested(String from, String to, List<PortRange> ports, String reason) {
        return new DirectionReport(from, to, Optional.empty(), Optional.empty(), ports,
                new DirectionOutcome.NotTested(reason));
    }

    /** Whether every requested check passed in this direction (live where tried, else statically). */
    public boolean ok() {
        if (outcome instanceof DirectionOutcome.StaticOnly s) {
            return s.verdicts().stream().allMatch(PathVerdict::open);
        }
        if (outcome instanceof DirectionOutcome.Live live) {
            boolean ping = !TestedTraffic.pingCounts(ports)
                    || live.run().ping().map(PingResult::reachable).orElse(false);
            boolean tcp = TestedTraffic.tcp(ports).stream()
                    .allMatch(r -> live.run().tcp(r.from()).map(c -> c.state().pathOpen()).orElse(false));
            boolean udp = TestedTraffic.udp(ports).stream().allMatch(r -> live.staticChecks().stream()
                    .filter(v -> v.traffic().equals(r)).allMatch(PathVerdict::open));
            return ping && tcp && udp;
        }
        return false;
    }

    /** Whether the result comes from packets actually sent. */
    public boolean live() {
        return outcome instanceof DirectionOutcome.Live;
    }

    /** The first blocking element the static check found in this direction, if any. */
    public Optional<PathVerdict.Blocked> firstBlock() {
        List<PathVerdict> verdicts = outcome instanceof DirectionOutcome.Live l ? l.staticChecks()
                : outcome instanceof DirectionOutcome.StaticOnly s ? s.verdicts() : List.of();
        return verdicts.stream().filter(v -> v instanceof PathVerdict.Blocked)
                .map(PathVerdict.Blocked.class::cast).findFirst();
    }

    private static String name(PathEnd end) {
        return end.vpc().name().orElse(end.vpc().id());
    }
}
