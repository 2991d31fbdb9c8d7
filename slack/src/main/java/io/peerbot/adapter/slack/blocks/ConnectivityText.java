package io.peerbot.adapter.slack.blocks;

import io.peerbot.domain.connectivity.ConnectivityReport;
import io.peerbot.domain.connectivity.DirectionOutcome;
import io.peerbot.domain.connectivity.DirectionReport;
import io.peerbot.domain.connectivity.Hop;
import io.peerbot.domain.connectivity.PathVerdict;
import io.peerbot.domain.connectivity.PingResult;
import io.peerbot.domain.connectivity.ProbeHost;
import io.peerbot.domain.connectivity.ProbeRun;
import io.peerbot.domain.connectivity.TcpCheck;
import io.peerbot.domain.connectivity.TestedTraffic;
import io.peerbot.domain.traffic.PortRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A connectivity test as a person reads it in the request's thread: a title, then per direction a header
 * line with ✅ or ❌ and the two instances, and indented lines with ping's sent/received/loss/average RTT,
 * each TCP connect, and for whatever failed or could not be tried, the element that blocks. Slack mrkdwn.
 */
public final class ConnectivityText {
    private static final String DETAIL = "    • ";

    private ConnectivityText() {
    }

    /**
     * "Connectivity test over pcx-…: both directions pass", or which direction fails, or that no block was
     * found where nothing could be tried live.
     */
    public static String title(ConnectivityReport report) {
        List<DirectionReport> failing = report.directions().stream().filter(d -> !d.ok()).toList();
        String verdict;
        List<DirectionReport> staticOnly = report.directions().stream().filter(d -> !d.live()).toList();
        if (failing.isEmpty() && staticOnly.isEmpty()) {
            verdict = "both directions pass";
        } else if (failing.isEmpty()) {
            verdict = "no block found (" + (staticOnly.size() > 1 ? "both directions" : staticOnly.get(0).from()
                    + " → " + staticOnly.get(0).to()) + " by static check only)";
        } else if (failing.size() == report.directions().size() && failing.size() > 1) {
            verdict = "both directions fail";
        } else {
            verdict = failing.get(0).from() + " → " + failing.get(0).to() + " fails";
        }
        return "Connectivity test over " + report.pcxId() + ": " + verdict;
    }

    /** The body: every direction, its checks and what blocks. */
    public static List<String> lines(ConnectivityReport report) {
        List<String> lines = new ArrayList<>();
        for (DirectionReport direction : report.directions()) {
            lines.add(header(direction));
            direction(direction).forEach(l -> lines.add(DETAIL + l));
        }
        return List.copyOf(lines);
    }

    private static String header(DirectionReport d) {
        String mark = d.ok() ? "✅" : "❌";
        String how = d.outcome() instanceof DirectionOutcome.StaticOnly ? " (static check only)" : "";
        String hosts = d.source().isPresent() && d.destination().isPresent()
                ? "  " + host(d.source().get()) + " → " + host(d.destination().get()) : "";
        return mark + " *" + Mrkdwn.escape(d.from()) + " → " + Mrkdwn.escape(d.to()) + "*" + how + hosts;
    }

    private static List<String> direction(DirectionReport d) {
        if (d.outcome() instanceof DirectionOutcome.NotTested n) {
            return List.of("not tested: " + Mrkdwn.escape(n.reason()));
        }
        Set<String> shown = new HashSet<>();
        if (d.outcome() instanceof DirectionOutcome.StaticOnly s) {
            List<String> out = new ArrayList<>();
            out.add(Mrkdwn.escape(s.whyNotLive()) + "; static check of routes, network ACLs and security groups:");
            s.verdicts().forEach(v -> out.add(verdict(v, shown)));
            return out;
        }
        DirectionOutcome.Live live = (DirectionOutcome.Live) d.outcome();
        List<String> out = new ArrayList<>();
        out.add(ping(live.run(), TestedTraffic.pingCounts(d.ports())));
        staticFor(live, PortRange.ICMP).ifPresent(v -> out.add(explanation(v, "ping", shown)));
        String target = d.destination().map(ProbeHost::ip).orElse("");
        for (PortRange range : TestedTraffic.tcp(d.ports())) {
            out.add(tcp(range, live.run().tcp(range.from()), target));
            staticFor(live, range).ifPresent(v -> out.add(explanation(v, range.toString(), shown)));
        }
        for (PortRange range : TestedTraffic.udp(d.ports())) {
            staticFor(live, range)
                    .ifPresent(v -> out.add(verdict(v, shown) + " (static check; UDP is not tried live)"));
        }
        return out;
    }

    private static Optional<PathVerdict> staticFor(DirectionOutcome.Live live, PortRange traffic) {
        return live.staticChecks().stream().filter(v -> v.traffic().equals(traffic)).findFirst();
    }

    private static String ping(ProbeRun run, boolean counts) {
        if (run.ping().isEmpty()) {
            return "ping did not run: " + Mrkdwn.escape(run.pingProblem());
        }
        PingResult p = run.ping().get();
        StringBuilder line = new StringBuilder("ping: " + p.transmitted() + " sent, " + p.received() + " received, "
                + percent(p.lossPercent()) + " loss");
        p.averageRttMs().ifPresent(rtt -> line.append(", avg ").append(milliseconds(rtt)));
        p.icmpError().ifPresent(e -> line.append(" (").append(e).append(")"));
        if (!counts && !p.reachable()) {
            line.append(" (icmp was not requested, so this does not count)");
        }
        return line.toString();
    }

    private static String tcp(PortRange range, Optional<TcpCheck> check, String target) {
        String name = range.from() == range.to() ? range.toString() : range + " (tried " + range.from() + ")";
        if (check.isEmpty()) {
            return name + ": no result from the script";
        }
        return switch (check.get().state()) {
            case OPEN -> name + ": connected";
            case REFUSED -> name + ": refused — the network let it through, but nothing listens on " + target + ":"
                    + range.from();
            case TIMEOUT -> name + ": no answer (timed out)";
            case ERROR -> name + ": the probe could not try it (exit " + check.get().exitCode()
                    + (check.get().exitCode() == 127 ? ": a command it needs is not on the instance" : "")
                    + "), so nothing is known of this path";
        };
    }

    /** Next to a failed live check: what blocks it, or that the network does not. */
    private static String explanation(PathVerdict verdict, String what, Set<String> shown) {
        if (verdict instanceof PathVerdict.Blocked b) {
            return blocked(b, shown);
        }
        return "static check finds nothing in routes, network ACLs or security groups that blocks " + what
                + ": look at the instance's own firewall and whether it answers";
    }

    private static String verdict(PathVerdict verdict, Set<String> shown) {
        if (verdict instanceof PathVerdict.Blocked b) {
            return verdict.traffic() + ": " + blocked(b, shown);
        }
        if (verdict instanceof PathVerdict.Open open && open.assumedReturnPorts() != null) {
            PortRange assumed = open.assumedReturnPorts();
            return verdict.traffic() + ": open for a Linux client (the client's platform is unknown; network ACLs let "
                    + "its replies back to ports " + assumed.from() + "-" + assumed.to() + ", not to every port "
                    + "1024-65535)";
        }
        return verdict.traffic() + ": open";
    }

    /** The element and why; the same sentence a second time in a direction only points back to it. */
    private static String blocked(PathVerdict.Blocked b, Set<String> shown) {
        String element = "blocked by " + Mrkdwn.code(b.elementId()) + " (" + hop(b.hop()) + ")";
        return shown.add(b.reason()) ? element + ": " + Mrkdwn.escape(b.reason()) : element + ", as above";
    }

    private static String hop(Hop hop) {
        return switch (hop) {
            case ROUTE -> "route";
            case NETWORK_ACL -> "network ACL";
            case SECURITY_GROUP -> "security group";
            case RETURN_ROUTE -> "return route";
            case INSTANCE -> "instance";
        };
    }

    private static String host(ProbeHost host) {
        return Mrkdwn.code(host.instanceId()) + " " + host.ip();
    }

    private static String percent(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f%%", value)
                : String.format(Locale.ROOT, "%.1f%%", value);
    }

    private static String milliseconds(double ms) {
        String pattern = ms < 1 ? "%.3f ms" : ms < 10 ? "%.2f ms" : ms < 100 ? "%.1f ms" : "%.0f ms";
        return String.format(Locale.ROOT, pattern, ms);
    }
}
