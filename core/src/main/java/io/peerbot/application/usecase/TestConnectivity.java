package io.peerbot.application.usecase;

import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.CommandOutcome;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.RemoteCommands;
import io.peerbot.domain.connectivity.ConnectivityReport;
import io.peerbot.domain.connectivity.DirectionReport;
import io.peerbot.domain.connectivity.PathEnd;
import io.peerbot.domain.connectivity.ProbeChoice;
import io.peerbot.domain.connectivity.ProbeRun;
import io.peerbot.domain.connectivity.ProbeScript;
import io.peerbot.domain.connectivity.ProbeSelector;
import io.peerbot.domain.connectivity.TestSummary;
import io.peerbot.domain.connectivity.TcpTargets;
import io.peerbot.domain.connectivity.TestedTraffic;
import io.peerbot.domain.traffic.Protocol;
import io.peerbot.domain.network.Instance;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.traffic.PortRange;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The connectivity test of an applied peering, as a person would do it by hand: pick an instance in each
 * VPC, {@code ping} the other's private address and try each requested TCP port, both directions at once.
 * Where a command cannot run (the instance is not managed by SSM, the command timed out or failed) the
 * static path check stands in and says why; next to a failed live check it names what blocks.
 *
 * <p>Use it after an apply and for {@code /peer test <pcx> [--ports]}: {@link #runAndReport} does all three
 * steps; {@link #run}, {@link #post} and {@link #record} do one each.
 */
public final class TestConnectivity {
    private static final Logger log = LoggerFactory.getLogger(TestConnectivity.class);

    private final Ec2Gateways gateways;
    private final RemoteCommands remote;
    private final ChatPort chat;
    private final Clock clock;
    private final Executor executor;

    /**
     * @param executor runs the two directions in parallel (each blocks while its command runs)
     */
    public TestConnectivity(Ec2Gateways gateways, RemoteCommands remote, ChatPort chat, Clock clock,
                            Executor executor) {
        this.gateways = gateways;
        this.remote = remote;
        this.chat = chat;
        this.clock = clock;
        this.executor = executor;
    }

    /** Tests, records the summary on the peering, then posts the report into the request's thread. */
    public ConnectivityReport runAndReport(ManagedPeering request, List<PortRange> ports) {
        ConnectivityReport report = run(request, ports);
        try {
            record(request, report);
        } catch (CloudException e) {
            log.warn("could not record the last test of {}: {}", request.id().value(), e.getMessage());
        }
        post(request, report);
        return report;
    }

    /**
     * Tests both directions of the request's peering.
     *
     * @param ports what to test; empty: the ports of the request
     */
    public ConnectivityReport run(ManagedPeering request, List<PortRange> ports) {
        List<PortRange> tested = ports.isEmpty() ? request.options().ports() : List.copyOf(ports);
        // rules go one way unless asked both ways: back from the accepter only icmp is open
        List<PortRange> testedBack = request.options().targets().bothWays() ? tested
                : tested.stream().filter(p -> p.protocol() == Protocol.ICMP).toList();
        List<String> subnets = request.options().subnets();
        VpcEnd requester = read(request.requester(), subnets);
        VpcEnd accepter = read(request.accepter(), subnets);
        CompletableFuture<DirectionReport> there = CompletableFuture.supplyAsync(
                () -> direction(requester, accepter, request.id().value(), tested, subnets), executor);
        CompletableFuture<DirectionReport> back = CompletableFuture.supplyAsync(
                () -> testedBack.isEmpty() ? DirectionReport.notTested(accepter.name(), requester.name(), testedBack,
                        "the rules go one way (requester to accepter); ask with --both-ways to open this direction")
                        : direction(accepter, requester, request.id().value(), testedBack, subnets), executor);
        return new ConnectivityReport(request.id().value(), tested, List.of(result(there), result(back)), clock.instant());
    }

    /** The direction's report; what went wrong in it as thrown there, not wrapped. */
    private static DirectionReport result(CompletableFuture<DirectionReport> direction) {
        try {
            return direction.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Posts the report in the request's thread. */
    public void post(ManagedPeering request, ConnectivityReport report) {
        chat.reply(request.thread(), new Notice.ConnectivityResult(report));
    }

    /** Keeps a summary (at most 256 characters) in the peering's {@code peerbot:last-test} tag, requester side. */
    public void record(ManagedPeering request, ConnectivityReport report) {
        gateways.at(request.requester().location())
                .tagPeering(request.id().value(), Map.of(TestSummary.TAG, TestSummary.of(report)));
    }

    /** One VPC as read now, with its probe (or why there is none). */
    private record VpcEnd(Location location, String name, VpcSnapshot vpc, ProbeChoice probe, String problem) {
        boolean ready() {
            return probe instanceof ProbeChoice.Found;
        }

        PathEnd end() {
            return new PathEnd(vpc, ((ProbeChoice.Found) probe).instance());
        }

        String whyNot() {
            return problem != null ? problem : ((ProbeChoice.Missing) probe).reason();
        }
    }

    private VpcEnd read(PeeringSide side, List<String> subnets) {
        VpcSnapshot vpc;
        try {
            vpc = gateways.at(side.location()).snapshot(side.vpcId());
        } catch (CloudException e) {
            return new VpcEnd(side.location(), side.vpcId(), null, null,
                    "could not read " + side.vpcId() + " (" + e.code() + ": " + e.getMessage() + ")");
        }
        List<String> running = vpc.instances().stream().filter(Instance::running).map(Instance::id).toList();
        Set<String> managed = managed(side.location(), running);
        return new VpcEnd(side.location(), vpc.name().orElse(vpc.id()), vpc,
                ProbeSelector.choose(vpc, subnets, managed), null);
    }

    private Set<String> managed(Location location, List<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Set.of();
        }
        try {
            return remote.managed(location, instanceIds);
        } catch (CloudException e) {
            return Set.of();
        }
    }

    private DirectionReport direction(VpcEnd from, VpcEnd to, String pcxId, List<PortRange> ports,
                                      List<String> subnets) {
        if (!from.ready() || !to.ready()) {
            String reason = !from.ready() ? from.whyNot() : to.whyNot();
            return DirectionReport.notTested(from.name(), to.name(), ports, reason);
        }
        PathEnd source = from.end();
        PathEnd destination = to.end();
        String instance = source.instance().id();
        Map<String, List<Integer>> targets = TcpTargets.of(to.vpc(), destination.ip(), subnets, from.vpc(),
                TestedTraffic.tcpPortsToTry(ports));
        ProbeRun merged = null;
        for (Map.Entry<String, List<Integer>> target : targets.entrySet()) {
            boolean pingRun = target.getKey().equals(destination.ip());
            if (!pingRun && target.getValue().isEmpty()) {
                continue;
            }
            CommandOutcome outcome;
            try {
                outcome = remote.run(from.location(), instance, ProbeScript.of(target.getKey(), target.getValue()),
                        "peerbot connectivity test " + pcxId);
            } catch (CloudException e) {
                return DirectionReport.staticOnly(source, destination, pcxId, ports, "could not run a command on "
                        + instance + " (" + e.action() + ": " + e.code() + ")");
            }
            if (!(outcome instanceof CommandOutcome.Success success)) {
                return DirectionReport.staticOnly(source, destination, pcxId, ports, whyNotLive(instance, outcome));
            }
            ProbeRun run = ProbeRun.parse(success.stdout());
            // the ping of the first run (to the host) counts; the other runs add their ports' results
            merged = merged == null ? run : merged.withTcpOf(run);
        }
        return DirectionReport.live(source, destination, pcxId, ports, merged);
    }

    private static String whyNotLive(String instance, CommandOutcome outcome) {
        if (outcome instanceof CommandOutcome.NotManaged) {
            return "SSM does not take commands for " + instance + ": it is not a managed instance (it needs the SSM "
                    + "agent and an instance profile that allows it, e.g. AmazonSSMManagedInstanceCore), or peerbot "
                    + "has no permission to send it commands (ssm:SendCommand on that instance)";
        }
        if (outcome instanceof CommandOutcome.TimedOut t) {
            return "the command on " + instance + " did not finish within " + human(t.after());
        }
        CommandOutcome.Failed f = (CommandOutcome.Failed) outcome;
        String detail = f.stderr().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .map(l -> ": " + l).orElse("");
        return "the command on " + instance + " ended " + f.status()
                + (f.exitCode() >= 0 ? " (exit " + f.exitCode() + ")" : "") + detail;
    }

    private static String human(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        long s = d.toSeconds();
        return s < 60 ? s + " s" : s % 60 == 0 ? s / 60 + " min" : s / 60 + " min " + s % 60 + " s";
    }
}
