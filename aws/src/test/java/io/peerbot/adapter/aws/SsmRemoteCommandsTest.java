package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.StandInAws.A;
import static io.peerbot.adapter.aws.StandInAws.B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.CommandOutcome;
import io.peerbot.domain.connectivity.ProbeScript;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.seed.InstanceSeed;
import io.peerbot.standin.ec2.seed.SubnetSeed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The probe through Run Command with the real SsmClient against the stand-in. */
class SsmRemoteCommandsTest {
    private static final Location HOME = new Location(A, "us-east-1");
    private static final Location OTHER = new Location(B, "eu-west-1");

    private StandInAws aws;
    private SsmClients clients;
    private InstanceSeed home1;
    private InstanceSeed home2;
    private InstanceSeed away;

    @BeforeEach
    void start() {
        aws = new StandInAws();
        SubnetSeed subnet = aws.ec2.seed().account(A).region("us-east-1").vpc("app-vpc", "10.0.0.0/16")
                .subnet("a", "10.0.1.0/24");
        home1 = subnet.instance("one");
        home2 = subnet.instance("two");
        away = aws.ec2.seed().account(B).region("eu-west-1").vpc("far", "10.9.0.0/16").subnet("b", "10.9.1.0/24")
                .instance("far-1");
        clients = new SsmClients(aws.gateways);
    }

    @AfterEach
    void stop() {
        clients.close();
        aws.close();
    }

    private SsmRemoteCommands remote(Duration timeout) {
        return new SsmRemoteCommands(clients, new SsmPolling(new Backoff(Duration.ofMillis(1), Duration.ofMillis(10)),
                timeout), Clock.systemUTC());
    }

    private ProbeScript probe(int... ports) {
        return ProbeScript.of(home2.privateIp(), java.util.Arrays.stream(ports).boxed().toList());
    }

    @Test
    void waitsOutAnInvocationThatIsNotThereYetAndThenRunning() {
        aws.ec2.ssm().invocationVisibleAfter(3).completionDelay(Duration.ofMillis(50));

        CommandOutcome outcome = remote(Duration.ofSeconds(10)).run(HOME, home1.id(), probe(5432), "test");

        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Success.class, s -> assertThat(s.stdout())
                .startsWith("PING " + home2.privateIp() + " ").contains("peerbot-tcp 5432 "));
        List<Call> polls = aws.ec2.calls().of("GetCommandInvocation");
        assertThat(polls).hasSizeGreaterThan(3);
        assertThat(polls.subList(0, 3)).allMatch(c -> "InvocationDoesNotExist".equals(c.errorCode()));
        assertThat(polls.get(polls.size() - 1).succeeded()).isTrue();
    }

    @Test
    void sendsTheBotsOwnDocumentWithTypedParametersAndNoScript() {
        remote(Duration.ofSeconds(10)).run(HOME, home1.id(), probe(5432, 6379), "peerbot connectivity test");

        assertThat(aws.ec2.ssm().sent()).singleElement().satisfies(c -> {
            assertThat(c.documentName()).isEqualTo("peerbot-probe");
            assertThat(c.parameters()).isEqualTo(Map.of("targetIp", List.of(home2.privateIp()),
                    "tcpPorts", List.of("5432 6379")));
            assertThat(c.comment()).isEqualTo("peerbot connectivity test");
            assertThat(c.instanceId()).isEqualTo(home1.id());
        });
    }

    @Test
    void aProbeWithoutPortsOnlyPings() {
        CommandOutcome outcome = remote(Duration.ofSeconds(10)).run(HOME, home1.id(), probe(), "test");

        assertThat(aws.ec2.ssm().sent()).singleElement()
                .satisfies(c -> assertThat(c.parameters()).containsEntry("tcpPorts", List.of("")));
        assertThat(outcome).isInstanceOfSatisfying(CommandOutcome.Success.class,
                s -> assertThat(s.stdout()).contains("ping statistics").doesNotContain("peerbot-tcp"));
    }

    @Test
    void aFailedCommandIsFailedWithItsExitCodeAndOutput() {
        aws.ec2.ssm().failCommands(home1.id(), 2, "ping: socket: Operation not permitted\n");

        CommandOutcome outcome = remote(Duration.ofSeconds(10)).run(HOME, home1.id(), probe(5432), "test");

        assertThat(outcome).isEqualTo(new CommandOutcome.Failed("Failed", 2, "",
                "ping: socket: Operation not permitted\n"));
    }

    @Test
    void anAccountWithoutTheDocumentIsACloudExceptionThatSaysHowToCreateIt() {
        aws.ec2.ssmDocuments().remove(A, "us-east-1", "peerbot-probe");

        assertThatThrownBy(() -> remote(Duration.ofSeconds(1)).run(HOME, home1.id(), probe(5432), "test"))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.action()).isEqualTo("SendCommand");
                    assertThat(e.code()).isEqualTo("InvalidDocument");
                    assertThat(e.getMessage()).contains("aws ssm create-document --name peerbot-probe "
                            + "--document-type Command --content file://iam/peerbot-probe.json");
                });
    }

    @Test
    void anInstanceSsmDoesNotManageIsNotManaged() {
        aws.ec2.ssm().notManaged(home1.id());

        CommandOutcome outcome = remote(Duration.ofSeconds(10)).run(HOME, home1.id(), probe(5432), "test");

        assertThat(outcome).isEqualTo(new CommandOutcome.NotManaged(
                "Instances [[" + home1.id() + "]] not in a valid state for account " + A));
    }

    @Test
    void aCommandThatNeverEndsTimesOutAndIsCancelled() {
        aws.ec2.ssm().hang(home1.id());

        CommandOutcome outcome = remote(Duration.ofMillis(200)).run(HOME, home1.id(), probe(5432), "test");

        assertThat(outcome).isEqualTo(new CommandOutcome.TimedOut(Duration.ofMillis(200)));
        assertThat(aws.ec2.calls().of("CancelCommand")).hasSize(1);
    }

    @Test
    void runsInAnotherAccountThroughTheAssumedRole() {
        CommandOutcome outcome = remote(Duration.ofSeconds(10))
                .run(OTHER, away.id(), ProbeScript.of(away.privateIp(), List.of()), "test");

        assertThat(outcome).isInstanceOf(CommandOutcome.Success.class);
        assertThat(aws.ec2.calls().of("SendCommand")).singleElement().satisfies(c -> {
            assertThat(c.account()).isEqualTo(B);
            assertThat(c.region()).isEqualTo("eu-west-1");
            assertThat(c.callerArn()).contains(":assumed-role/peerbot/");
        });
    }

    @Test
    void tellsWhichInstancesAreOnline() {
        aws.ec2.ssm().notManaged(home2.id());

        assertThat(remote(Duration.ofSeconds(1)).managed(HOME, List.of(home1.id(), home2.id(), away.id())))
                .containsExactly(home1.id());
    }

    @Test
    void aMissingPermissionIsACloudExceptionNamingTheAction() {
        aws.ec2.deny(A, "ssm:SendCommand");

        assertThatThrownBy(() -> remote(Duration.ofSeconds(1)).run(HOME, home1.id(), probe(5432), "test"))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.action()).isEqualTo("SendCommand");
                    assertThat(e.code()).isEqualTo("AccessDeniedException");
                    assertThat(e.permissionDenied()).isTrue();
                });
    }
}
