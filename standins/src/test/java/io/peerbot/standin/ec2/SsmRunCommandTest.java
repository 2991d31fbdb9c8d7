package io.peerbot.standin.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.seed.InstanceSeed;
import io.peerbot.standin.ec2.seed.RegionSeed;
import io.peerbot.standin.ec2.seed.SecurityGroupSeed;
import io.peerbot.standin.ec2.seed.VpcSeed;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.CommandInvocationStatus;
import software.amazon.awssdk.services.ssm.model.DocumentDescription;
import software.amazon.awssdk.services.ssm.model.GetCommandInvocationResponse;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.InvalidDocumentException;
import software.amazon.awssdk.services.ssm.model.InvalidInstanceIdException;
import software.amazon.awssdk.services.ssm.model.InvocationDoesNotExistException;
import software.amazon.awssdk.services.ssm.model.SsmException;

/**
 * SSM Run Command through the real SDK: documents and their parameter schemas as SSM checks them, and ping and TCP
 * connects answered from the stand-in's network model.
 */
class SsmRunCommandTest {
    private static final String ACCOUNT = "111122223333";

    private Ec2StandIn standIn;
    private SsmClient ssm;
    private InstanceSeed app;
    private InstanceSeed db;
    private SecurityGroupSeed dbGroup;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        RegionSeed east = standIn.seed().account(ACCOUNT).region("us-east-1");
        VpcSeed appVpc = east.vpc("app-vpc", "10.0.0.0/16");
        VpcSeed dbVpc = east.vpc("db-vpc", "10.1.0.0/16");
        String pcx = standIn.seed().peering(appVpc, dbVpc, Status.ACTIVE).id();
        appVpc.mainRouteTable().route("10.1.0.0/16", pcx);
        dbVpc.mainRouteTable().route("10.0.0.0/16", pcx);
        SecurityGroupSeed appGroup = appVpc.securityGroup("app").ingress("icmp", -1, -1, "10.1.0.0/16", "ping");
        dbGroup = dbVpc.securityGroup("db").ingress("icmp", -1, -1, "10.0.0.0/16", "ping")
                .ingress("tcp", 5432, 5432, "10.0.0.0/16", "postgres");
        app = appVpc.subnet("app-a", "10.0.1.0/24").instance("app-1").securityGroups(appGroup);
        db = dbVpc.subnet("db-a", "10.1.1.0/24").instance("db-1").securityGroups(dbGroup);
        ssm = SsmClient.builder().endpointOverride(standIn.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(standIn.credentialsFor(ACCOUNT).provider())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    @AfterEach
    void stop() {
        ssm.close();
        standIn.close();
    }

    @Test
    void pingsLikeLinuxWhenThePathIsOpen() {
        GetCommandInvocationResponse done = run(app.id(), "ping -n -c 3 -W 2 " + db.privateIp() + " 2>&1");

        assertThat(done.status()).isEqualTo(CommandInvocationStatus.SUCCESS);
        assertThat(done.responseCode()).isZero();
        assertThat(done.standardOutputContent().lines().toList()).satisfies(lines -> {
            assertThat(lines.get(0)).isEqualTo("PING 10.1.1.10 (10.1.1.10) 56(84) bytes of data.");
            assertThat(lines.subList(1, 4)).allMatch(
                    l -> l.matches("64 bytes from 10\\.1\\.1\\.10: icmp_seq=[123] ttl=64 time=0\\.\\d{3} ms"));
            assertThat(lines.get(4)).isEmpty();
            assertThat(lines.get(5)).isEqualTo("--- 10.1.1.10 ping statistics ---");
            assertThat(lines.get(6)).matches("3 packets transmitted, 3 received, 0% packet loss, time 200\\dms");
            assertThat(lines.get(7)).matches("rtt min/avg/max/mdev = 0\\.\\d{3}/0\\.\\d{3}/0\\.\\d{3}/0\\.\\d{3} ms");
        });
    }

    @Test
    void losesEveryPacketThatASecurityGroupDrops() {
        dbGroup.clearRules();

        GetCommandInvocationResponse done = run(app.id(), "ping -n -c 3 -W 2 " + db.privateIp());

        assertThat(done.status()).isEqualTo(CommandInvocationStatus.FAILED);
        assertThat(done.responseCode()).isEqualTo(1);
        assertThat(done.standardOutputContent()).isEqualTo("""
                PING 10.1.1.10 (10.1.1.10) 56(84) bytes of data.

                --- 10.1.1.10 ping statistics ---
                3 packets transmitted, 0 received, 100% packet loss, time 2041ms
                """);
    }

    @Test
    void connectsOverTcpOpenRefusedOrTimedOut() {
        dbGroup.ingress("tcp", 6379, 6379, "10.0.0.0/16", "redis");
        standIn.ssm().closePort(db.id(), 6379);

        GetCommandInvocationResponse done = run(app.id(), connect(5432), connect(6379), connect(8080), "exit 0");

        assertThat(done.status()).isEqualTo(CommandInvocationStatus.SUCCESS);
        assertThat(done.standardOutputContent()).isEqualTo("tcp 5432 0\ntcp 6379 1\ntcp 8080 124\n");
    }

    @Test
    void answersRoundTripsAcrossRegionsFromTheirLatency() {
        standIn.ssm().latency(0.5, 70);
        RegionSeed west = standIn.seed().account(ACCOUNT).region("eu-west-1");
        VpcSeed far = west.vpc("far-vpc", "10.9.0.0/16");
        VpcSeed appVpc = standIn.seed().account(ACCOUNT).region("us-east-1").vpc("app-2", "10.2.0.0/16");
        String pcx = standIn.seed().peering(appVpc, far, Status.ACTIVE).id();
        appVpc.mainRouteTable().route("10.9.0.0/16", pcx);
        far.mainRouteTable().route("10.2.0.0/16", pcx);
        InstanceSeed from = appVpc.subnet("a", "10.2.1.0/24").instance("near");
        InstanceSeed to = far.subnet("b", "10.9.1.0/24").instance("far");
        far.defaultSecurityGroup().ingress("icmp", -1, -1, "10.2.0.0/16", "ping");

        GetCommandInvocationResponse done = run(from.id(), "ping -n -c 3 -W 2 " + to.privateIp());

        assertThat(done.standardOutputContent()).containsPattern("time=(59\\.[5-9]|[6-7]\\d\\.\\d|80\\.[0-5]) ms")
                .containsPattern("rtt min/avg/max/mdev = \\d\\d\\.\\d{3}/(6\\d|7\\d)\\.\\d{3}/");
    }

    @Test
    void refusesAnInstanceThatIsNotManaged() {
        standIn.ssm().notManaged(app.id());

        assertThatThrownBy(() -> ssm.sendCommand(r -> r.instanceIds(app.id()).documentName("AWS-RunShellScript")
                .parameters(java.util.Map.of("commands", List.of("echo hi")))))
                .isInstanceOfSatisfying(InvalidInstanceIdException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidInstanceId");
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Instances [[" + app.id() + "]] not in a valid state for account " + ACCOUNT);
                });
        assertThat(ssm.describeInstanceInformation().instanceInformationList())
                .extracting(InstanceInformation::instanceId).containsExactly(db.id());
    }

    @Test
    void refusesAnInstanceOfAnotherAccount() {
        SsmClient other = SsmClient.builder().endpointOverride(standIn.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(standIn.credentialsFor("999988887777").provider()).build();

        assertThatThrownBy(() -> other.sendCommand(r -> r.instanceIds(app.id()).documentName("AWS-RunShellScript")
                .parameters(java.util.Map.of("commands", List.of("echo hi")))))
                .isInstanceOf(InvalidInstanceIdException.class);
        other.close();
    }

    @Test
    void aNewInvocationIsNotThereAtOnceAndAHungOneNeverEnds() {
        standIn.ssm().invocationVisibleAfter(2).hang(app.id());
        String commandId = send(app.id(), "sleep infinity");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> invocation(commandId, app.id()))
                    .isInstanceOf(InvocationDoesNotExistException.class);
        }
        assertThat(invocation(commandId, app.id()).status()).isEqualTo(CommandInvocationStatus.IN_PROGRESS);
        assertThat(invocation(commandId, app.id()).status()).isEqualTo(CommandInvocationStatus.IN_PROGRESS);

        ssm.cancelCommand(r -> r.commandId(commandId));

        assertThat(invocation(commandId, app.id()).status()).isEqualTo(CommandInvocationStatus.CANCELLED);
    }

    @Test
    void isPendingUntilItsCompletionDelayHasPassed() {
        standIn.ssm().completionDelay(Duration.ofHours(1));
        String commandId = send(app.id(), "echo hi");

        GetCommandInvocationResponse early = invocation(commandId, app.id());

        assertThat(early.status()).isEqualTo(CommandInvocationStatus.PENDING);
        assertThat(early.responseCode()).isEqualTo(-1);
        assertThat(early.standardOutputContent()).isEmpty();
    }

    @Test
    void saysCommandNotFoundForWhatItCannotPlay() {
        GetCommandInvocationResponse done = run(app.id(), "traceroute 10.1.1.10");

        assertThat(done.status()).isEqualTo(CommandInvocationStatus.FAILED);
        assertThat(done.responseCode()).isEqualTo(127);
        assertThat(done.standardErrorContent()).isEqualTo("_script.sh: line 1: traceroute: command not found\n");
        assertThat(standIn.ssm().sent()).singleElement()
                .satisfies(c -> assertThat(c.commands()).containsExactly("traceroute 10.1.1.10"));
    }

    @Test
    void runsThePeerbotProbeFromItsTypedParameters() {
        dbGroup.ingress("tcp", 6379, 6379, "10.0.0.0/16", "redis");
        standIn.ssm().closePort(db.id(), 6379);

        GetCommandInvocationResponse done = invocation(probe(app.id(), Map.of("targetIp", List.of(db.privateIp()),
                "tcpPorts", List.of("5432 6379 8080"))), app.id());

        assertThat(done.status()).isEqualTo(CommandInvocationStatus.SUCCESS);
        assertThat(done.documentName()).isEqualTo("peerbot-probe");
        assertThat(done.standardOutputContent()).startsWith("PING 10.1.1.10 (10.1.1.10) 56(84) bytes of data.\n")
                .contains("3 packets transmitted, 3 received, 0% packet loss")
                .endsWith("peerbot-tcp 5432 open\npeerbot-tcp 6379 refused\npeerbot-tcp 8080 timeout\n");
        assertThat(standIn.ssm().sent()).singleElement().satisfies(c -> assertThat(c.commands()).first()
                .isEqualTo("ping -n -c 3 -W 2 10.1.1.10 2>&1"));
    }

    @Test
    void thePeerbotProbeWithoutPortsOnlyPings() {
        GetCommandInvocationResponse done = invocation(probe(app.id(), Map.of("targetIp", List.of(db.privateIp()))),
                app.id());

        assertThat(done.status()).isEqualTo(CommandInvocationStatus.SUCCESS);
        assertThat(done.standardOutputContent()).contains("ping statistics").doesNotContain("peerbot-tcp");
        assertThat(standIn.ssm().sent()).singleElement()
                .satisfies(c -> assertThat(c.parameters()).containsEntry("tcpPorts", List.of("")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.1.10; rm -rf /", "$(id)", "`id`", "10.1.1.10\nid", "10.1.1.10 && id",
            "10.1.1.10|id", "10.1.1.300", "'10.1.1.10'", ""})
    void refusesATargetThatIsNoIpv4AddressAndRunsNothing(String target) {
        assertThatThrownBy(() -> probe(app.id(), Map.of("targetIp", List.of(target), "tcpPorts", List.of("5432"))))
                .isInstanceOfSatisfying(SsmException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameters");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("targetIp");
                });
        assertThat(standIn.ssm().sent()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5432;id", "5432 $(id)", "`id`", "5432\nid", "0", "65536", "5432  6379", " 5432",
            "5432,6379", "tcp:5432"})
    void refusesPortsThatAreNotPortNumbersAndRunsNothing(String ports) {
        assertThatThrownBy(() -> probe(app.id(), Map.of("targetIp", List.of(db.privateIp()), "tcpPorts",
                List.of(ports))))
                .isInstanceOfSatisfying(SsmException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameters");
                    assertThat(e.awsErrorDetails().errorMessage()).contains("tcpPorts");
                });
        assertThat(standIn.ssm().sent()).isEmpty();
    }

    @Test
    void refusesAParameterTheDocumentDoesNotHaveOrAMissingOne() {
        assertThatThrownBy(() -> probe(app.id(), Map.of("targetIp", List.of(db.privateIp()),
                "commands", List.of("id"))))
                .isInstanceOfSatisfying(SsmException.class,
                        e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidParameters"));
        assertThatThrownBy(() -> probe(app.id(), Map.of("tcpPorts", List.of("22"))))
                .isInstanceOfSatisfying(SsmException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("Parameter \"targetIp\" is required."));
    }

    @Test
    void aDocumentTheAccountLacksIsAnInvalidDocument() {
        standIn.ssmDocuments().remove(ACCOUNT, "us-east-1", "peerbot-probe");

        assertThatThrownBy(() -> probe(app.id(), Map.of("targetIp", List.of(db.privateIp()))))
                .isInstanceOfSatisfying(InvalidDocumentException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Document with name peerbot-probe does not exist."));
        assertThatThrownBy(() -> ssm.describeDocument(r -> r.name("peerbot-probe")))
                .isInstanceOf(InvalidDocumentException.class);
        assertThatThrownBy(() -> ssm.sendCommand(r -> r.instanceIds(app.id()).documentName("my-own-script")))
                .isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void describesTheDocumentsAnAccountHas() {
        DocumentDescription probe = ssm.describeDocument(r -> r.name("peerbot-probe")).document();

        assertThat(probe.name()).isEqualTo("peerbot-probe");
        assertThat(probe.documentTypeAsString()).isEqualTo("Command");
        assertThat(probe.owner()).isEqualTo(ACCOUNT);
        assertThat(probe.parameters()).extracting(p -> p.name()).containsExactly("targetIp", "tcpPorts");
        assertThat(ssm.describeDocument(r -> r.name("AWS-RunShellScript")).document().owner()).isEqualTo("Amazon");
    }

    @Test
    void runsADocumentCreatedInTheAccountAndRefusesOneWhoseScriptNamesNoParameter() {
        standIn.ssmDocuments().create(ACCOUNT, "us-east-1", "say-hello", """
                {"schemaVersion": "2.2",
                 "parameters": {"who": {"type": "String", "allowedPattern": "^[a-z]+$", "default": "world"}},
                 "mainSteps": [{"action": "aws:runShellScript", "name": "hello",
                                "inputs": {"runCommand": ["echo hello {{ who }}"]}}]}
                """);

        String commandId = ssm.sendCommand(r -> r.instanceIds(app.id()).documentName("say-hello")
                .parameters(Map.of("who", List.of("alice")))).command().commandId();

        assertThat(invocation(commandId, app.id()).standardOutputContent()).isEqualTo("hello alice\n");
        assertThatThrownBy(() -> ssm.sendCommand(r -> r.instanceIds(app.id()).documentName("say-hello")
                .parameters(Map.of("who", List.of("alice; id"))))).isInstanceOf(SsmException.class);
        assertThatThrownBy(() -> standIn.ssmDocuments().create(ACCOUNT, "us-east-1", "broken", """
                {"schemaVersion": "2.2", "parameters": {},
                 "mainSteps": [{"action": "aws:runShellScript", "name": "x",
                                "inputs": {"runCommand": ["echo {{ secret }}"]}}]}
                """)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
    }

    private String probe(String instanceId, Map<String, List<String>> parameters) {
        return ssm.sendCommand(r -> r.instanceIds(instanceId).documentName("peerbot-probe").comment("test")
                .parameters(parameters)).command().commandId();
    }

    private String connect(int port) {
        return "timeout 3 bash -c '</dev/tcp/" + db.privateIp() + "/" + port + "' 2>/dev/null; rc=$?; "
                + "if [ $rc -eq 0 ]; then echo \"tcp " + port + " 0\"; elif [ $rc -eq 124 ]; then echo \"tcp "
                + port + " 124\"; else echo \"tcp " + port + " 1\"; fi";
    }

    private GetCommandInvocationResponse run(String instanceId, String... commands) {
        return invocation(send(instanceId, commands), instanceId);
    }

    private String send(String instanceId, String... commands) {
        return ssm.sendCommand(r -> r.instanceIds(instanceId).documentName("AWS-RunShellScript")
                .comment("test").parameters(java.util.Map.of("commands", List.of(commands)))).command().commandId();
    }

    private GetCommandInvocationResponse invocation(String commandId, String instanceId) {
        return ssm.getCommandInvocation(r -> r.commandId(commandId).instanceId(instanceId));
    }
}
