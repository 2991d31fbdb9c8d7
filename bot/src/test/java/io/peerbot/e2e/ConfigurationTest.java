package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.bootstrap.Doctor;
import io.peerbot.cli.RunCommand;
import io.peerbot.standin.slack.RecordedMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code peerbot run} and {@code peerbot doctor} read the environment once, the same way, and see the same values. */
class ConfigurationTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_ASSUME_ROLE", " " + Harness.ROLE + " ");

    @Test
    void aRoleWithSurroundingSpacesIsAssumedByTheBotAndCheckedByDoctorAlike() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --ports tcp:443 --no-test");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);
        h.awaitInThread(card, t -> t.contains("is ready"));

        String doctor = Doctor.examine(h.env(), h.reach()).render();

        assertThat(h.botSettings().aws().assumeRoleTemplate()).contains(Harness.ROLE);
        assertThat(doctor).contains("role " + Harness.ROLE + ";",
                "✅ sts:AssumeRole arn:aws:iam::" + ACCOUNT_B + ":role/peerbot").doesNotContain("❌");
    }

    @Test
    void aRoleWithoutItsAccountPlaceholderStopsRunAndFailsDoctorWithTheSameSentence() {
        Map<String, String> env = h.env();
        env.put("PEERBOT_ASSUME_ROLE", " arn:aws:iam::" + ACCOUNT_B + ":role/peerbot");
        String problem = "PEERBOT_ASSUME_ROLE must contain {account} where each account's ID goes, e.g. "
                + "arn:aws:iam::{account}:role/peerbot, not 'arn:aws:iam::" + ACCOUNT_B + ":role/peerbot'";
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new CommandLine(new RunCommand(env, h.reach(), new PrintStream(err, true, StandardCharsets.UTF_8)))
                .execute();
        String doctor = Doctor.examine(env, h.reach()).render();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(problem);
        assertThat(doctor).contains("❌ configuration: " + problem);
    }
}
