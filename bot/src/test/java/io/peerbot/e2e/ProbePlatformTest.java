package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.BOB;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredInstance;
import io.peerbot.standin.ec2.ssm.SsmFleet;
import io.peerbot.standin.slack.RecordedMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The probe runs on Linux instances only, and a probe that cannot run its connect is a failure, not a pass. */
class ProbePlatformTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest();

    @Test
    void aWindowsInstanceIsNeverProbedEvenWhenTaggedForIt() {
        String windows = h.org.app.subnet("app-vpc-d", "10.0.4.0/24").instance("win-1").windows()
                .tag("peerbot:probe", "true").id();

        h.type(ALICE, "app-vpc db-vpc --ports icmp");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        h.awaitInThread(card, t -> t.contains("Connectivity test over"));

        assertThat(h.ec2.ssm().sent()).isNotEmpty().extracting(SsmFleet.SentCommand::instanceId)
                .doesNotContain(windows);
    }

    @Test
    void aConnectThatExits127IsReportedAsAProbeFailure() {
        for (StoredInstance instance : h.ec2.state().region(ACCOUNT_A, REGION_A).instances()) {
            h.ec2.ssm().withoutTimeoutCommand(instance.id());
        }

        h.type(ALICE, "app-vpc db-vpc --ports icmp,tcp:5432");
        RecordedMessage card = h.awaitCard();
        h.approve(BOB, card);
        RecordedMessage report = h.awaitInThread(card, t -> t.contains("Connectivity test over"));

        assertThat(report.allText()).contains("tcp:5432: the probe could not try it (exit 127",
                "app-vpc → db-vpc fails").doesNotContain("refused");
    }
}
