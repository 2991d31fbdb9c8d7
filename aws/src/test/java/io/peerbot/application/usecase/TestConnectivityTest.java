package io.peerbot.application.usecase;

import static io.peerbot.adapter.aws.StandInAws.A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.Backoff;
import io.peerbot.adapter.aws.SsmClients;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.aws.SsmRemoteCommands;
import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.adapter.slack.blocks.ConnectivityText;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.connectivity.ConnectivityReport;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.InstanceSeed;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The connectivity test end to end: the real EC2 and SSM clients against the stand-in, whose own network
 * model answers ping and the TCP connects. Two VPCs as an apply leaves them (routes via the peering,
 * icmp and tcp:5432 open both ways); each test breaks one thing and reads the report in the thread.
 */
class TestConnectivityTest {
    private static final Location HOME = new Location(A, "us-east-1");
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final String THREAD = "1700000000.000100";

    private StandInAws aws;
    private SsmClients ssmClients;
    private ExecutorService executor;
    private final RecordingChat chat = new RecordingChat();
    private VpcSeed app;
    private VpcSeed db;
    private String pcx;
    private SecurityGroupSeed dbGroup;
    private InstanceSeed appHost;
    private InstanceSeed dbHost;
    private ManagedPeering request;

    @BeforeEach
    void applied() {
        aws = new StandInAws();
        aws.ec2.ssm().latency(0.5, 70).jitter(0);
        RegionSeed east = aws.ec2.seed().account(A).region("us-east-1");
        app = east.vpc("app-vpc", "10.0.0.0/16");
        db = east.vpc("db-vpc", "10.1.0.0/16");
        pcx = aws.ec2.seed().peering(app, db, Status.ACTIVE).id();
        app.mainRouteTable().route("10.1.0.0/16", pcx);
        db.mainRouteTable().route("10.0.0.0/16", pcx);
        SecurityGroupSeed appGroup = app.securityGroup("app")
                .ingress("icmp", -1, -1, "10.1.0.0/16", pcx).ingress("tcp", 5432, 5432, "10.1.0.0/16", pcx);
        dbGroup = db.securityGroup("db")
                .ingress("icmp", -1, -1, "10.0.0.0/16", pcx).ingress("tcp", 5432, 5432, "10.0.0.0/16", pcx);
        appHost = app.subnet("app-a", "10.0.1.0/24").instance("app-1").securityGroups(appGroup);
        dbHost = db.subnet("db-a", "10.1.1.0/24").instance("db-1").securityGroups(dbGroup);
        List<PortRange> ports = List.of(PortRange.ICMP, PortRange.tcp(5432));
        request = new ManagedPeering(new PcxId(pcx), new PeeringSide(app.id(), HOME, List.of(Cidr.parse("10.0.0.0/16"))),
                new PeeringSide(db.id(), HOME, List.of(Cidr.parse("10.1.0.0/16"))), new MessageRef("C0PEERING", THREAD),
                new PeeringOptions(ports, List.of(), false, true, "", new RuleTargets(List.of(), List.of(), true, false)),
                new Change(ChangeKind.CREATE, ports, "U0REQUEST", NOW, List.of(), ChangeState.DONE, null, null, ""),
                null);
        ssmClients = new SsmClients(aws.gateways);
        executor = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        ssmClients.close();
        aws.close();
    }

    private TestConnectivity testWithTimeout(Duration timeout) {
        SsmRemoteCommands remote = new SsmRemoteCommands(ssmClients,
                new SsmPolling(new Backoff(Duration.ofMillis(1), Duration.ofMillis(20)), timeout), Clock.systemUTC());
        return new TestConnectivity(aws.gateways, remote, chat, Clock.fixed(NOW, ZoneOffset.UTC), executor);
    }

    /** The report as posted in the thread, in the words people read there. */
    private record Shown(boolean ok, String title, List<String> lines) {
    }

    private Shown reportInThread() {
        ConnectivityReport report = testWithTimeout(Duration.ofSeconds(10)).runAndReport(request, List.of());
        assertThat(chat.replies()).singleElement().satisfies(
                r -> assertThat(r.thread()).isEqualTo(new MessageRef("C0PEERING", THREAD)));
        ConnectivityReport posted = ((Notice.ConnectivityResult) chat.replies().get(0).notice()).report();
        assertThat(posted).isEqualTo(report);
        return new Shown(posted.ok(), ConnectivityText.title(posted), ConnectivityText.lines(posted));
    }

    private String appToDb() {
        return "*app-vpc → db-vpc*  `" + appHost.id() + "` 10.0.1.10 → `" + dbHost.id() + "` 10.1.1.10";
    }

    private String dbToApp() {
        return "*db-vpc → app-vpc*  `" + dbHost.id() + "` 10.1.1.10 → `" + appHost.id() + "` 10.0.1.10";
    }

    @Test
    void anOpenPathPassesBothWaysWithTheRoundTrip() {
        Shown step = reportInThread();

        assertThat(step.ok()).isTrue();
        assertThat(step.title()).isEqualTo("Connectivity test over " + pcx + ": both directions pass");
        assertThat(step.lines()).containsExactly(
                "✅ " + appToDb(),
                "    • ping: 3 sent, 3 received, 0% loss, avg 0.500 ms",
                "    • tcp:5432: connected",
                "✅ " + dbToApp(),
                "    • ping: 3 sent, 3 received, 0% loss, avg 0.500 ms",
                "    • tcp:5432: connected");
        assertThat(aws.ec2.state().peering(pcx).tags()).containsEntry("peerbot:last-test",
                "pass 2026-05-01T12:00:00Z app-vpc to db-vpc ping 3/3 avg 0.500ms tcp:5432 open"
                        + " / db-vpc to app-vpc ping 3/3 avg 0.500ms tcp:5432 open");
    }

    @Test
    void aMissingRouteIsNamedInBothDirections() {
        String table = app.mainRouteTable().id();
        app.mainRouteTable().table().removeRoute("10.1.0.0/16");

        Shown step = reportInThread();

        assertThat(step.ok()).isFalse();
        assertThat(step.title()).isEqualTo("Connectivity test over " + pcx + ": both directions fail");
        assertThat(step.lines()).containsExactly(
                "❌ " + appToDb(),
                "    • ping: 3 sent, 0 received, 100% loss",
                "    • blocked by `" + table + "` (route): " + table + " has no route to 10.1.0.0/16 via " + pcx,
                "    • tcp:5432: no answer (timed out)",
                "    • blocked by `" + table + "` (route), as above",
                "❌ " + dbToApp(),
                "    • ping: 3 sent, 0 received, 100% loss",
                "    • blocked by `" + table + "` (return route): " + table + " has no route back to 10.1.0.0/16 via "
                        + pcx,
                "    • tcp:5432: no answer (timed out)",
                "    • blocked by `" + table + "` (return route), as above");
        assertThat(aws.ec2.state().peering(pcx).tags().get("peerbot:last-test")).isEqualTo(
                "fail 2026-05-01T12:00:00Z app-vpc to db-vpc ping 0/3 tcp:5432 timeout blocked by " + table
                        + " / db-vpc to app-vpc ping 0/3 tcp:5432 timeout blocked by " + table);
    }

    @Test
    void aSecurityGroupWithoutThePortIsNamed() {
        dbGroup.group().removeRules(dbGroup.group().ingressRules().stream()
                .filter(r -> "tcp".equals(r.spec().ipProtocol())).map(r -> r.id()).toList());

        Shown step = reportInThread();

        assertThat(step.ok()).isFalse();
        assertThat(step.title()).isEqualTo("Connectivity test over " + pcx + ": app-vpc → db-vpc fails");
        assertThat(step.lines()).containsExactly(
                "❌ " + appToDb(),
                "    • ping: 3 sent, 3 received, 0% loss, avg 0.500 ms",
                "    • tcp:5432: no answer (timed out)",
                "    • blocked by `" + dbGroup.id() + "` (security group): " + dbGroup.id()
                        + " allows no tcp:5432 from 10.0.1.10 (10.0.0.0/16)",
                "✅ " + dbToApp(),
                "    • ping: 3 sent, 3 received, 0% loss, avg 0.500 ms",
                "    • tcp:5432: connected");
    }

    @Test
    void aNetworkAclDenyIsNamedOnTheWayAndOnTheWayBack() {
        String acl = db.defaultNetworkAcl().id();
        db.defaultNetworkAcl().ingress(90, "deny", "icmp", -1, -1, "10.0.0.0/16");

        Shown step = reportInThread();

        assertThat(step.ok()).isFalse();
        assertThat(step.lines()).containsExactly(
                "❌ " + appToDb(),
                "    • ping: 3 sent, 0 received, 100% loss",
                "    • blocked by `" + acl + "` (network ACL): " + acl + " rule 90 denies icmp inbound from 10.0.0.0/16",
                "    • tcp:5432: connected",
                "❌ " + dbToApp(),
                "    • ping: 3 sent, 0 received, 100% loss",
                "    • blocked by `" + acl + "` (network ACL): " + acl + " rule 90 denies icmp inbound from 10.0.0.0/16"
                        + " (the reply)",
                "    • tcp:5432: connected");
    }

    @Test
    void anInstanceSsmDoesNotManageIsCheckedStatically() {
        aws.ec2.ssm().notManaged(appHost.id());

        Shown step = reportInThread();

        assertThat(step.ok()).isTrue();
        assertThat(step.title()).isEqualTo("Connectivity test over " + pcx
                + ": no block found (app-vpc → db-vpc by static check only)");
        assertThat(step.lines()).containsExactly(
                "✅ " + appToDb().replace("*  `", "* (static check only)  `"),
                "    • SSM does not take commands for " + appHost.id() + ": it is not a managed instance (it needs the "
                        + "SSM agent and an instance profile that allows it, e.g. AmazonSSMManagedInstanceCore), or "
                        + "peerbot has no permission to send it commands (ssm:SendCommand on that instance); static "
                        + "check of routes, network ACLs "
                        + "and security groups:",
                "    • icmp: open",
                "    • tcp:5432: open",
                "✅ " + dbToApp(),
                "    • ping: 3 sent, 3 received, 0% loss, avg 0.500 ms",
                "    • tcp:5432: connected");
    }

    @Test
    void aCommandThatNeverFinishesIsReportedAsTimedOut() {
        aws.ec2.ssm().hang(dbHost.id());
        String acl = app.defaultNetworkAcl().id();
        app.defaultNetworkAcl().ingress(90, "deny", "tcp", 5432, 5432, "10.1.0.0/16");

        ConnectivityReport report = testWithTimeout(Duration.ofMillis(300)).run(request, List.of());
        List<String> lines = ConnectivityText.lines(report);

        assertThat(report.ok()).isFalse();
        assertThat(lines).containsExactly(
                "✅ " + appToDb(),
                "    • ping: 3 sent, 3 received, 0% loss, avg 0.500 ms",
                "    • tcp:5432: connected",
                "❌ " + dbToApp().replace("*  `", "* (static check only)  `"),
                "    • the command on " + dbHost.id() + " did not finish within 300 ms; static check of routes, "
                        + "network ACLs and security groups:",
                "    • icmp: open",
                "    • tcp:5432: blocked by `" + acl + "` (network ACL): " + acl + " rule 90 denies tcp:5432 inbound "
                        + "from 10.1.0.0/16");
        assertThat(aws.ec2.calls().of("CancelCommand")).singleElement()
                .satisfies(c -> assertThat(c.succeeded()).isTrue());
    }
}
