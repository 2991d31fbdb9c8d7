package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.CAROL;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.RecordedMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The policy file on the real bot: a denial names its rule and line privately and creates nothing; an admin's
 * {@code --override} goes ahead, recorded on the card, in the thread and in the peering's record; anyone else's is
 * refused; {@code /peer plan} and {@code /peer policy} show the rules.
 */
class PolicyTest {
    private static final Path POLICY = PolicyFiles.of("""
            rules:
              - name: db-needs-reason
                vpc: {name: db-vpc}
                require-reason: true
                message: the DB team wants to know who reads their data and why
              - name: no-telnet
                deny-ports: tcp:23
            """);

    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_POLICY_FILE", POLICY.toString());

    @Test
    void aDenialNamesTheRuleAndItsLinePrivatelyAndNothingIsCreated() {
        int mark = h.ec2.calls().mark();
        int posted = h.slack.messages(Org.CHANNEL).size();

        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432");

        RecordedMessage answer = h.awaitEphemeral(ALICE, t -> t.contains("db-needs-reason"));
        assertThat(answer.allText()).contains("The policy denies this request; nothing was created",
                "line 2", POLICY.getFileName().toString(), "a reason is required", "--reason",
                "the DB team wants to know", "only admins may override");
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.slack.messages(Org.CHANNEL).stream().filter(m -> !m.ephemeral())).hasSize(posted);
        assertThat(h.ec2.state().peerings()).isEmpty();
    }

    @Test
    void aNonAdminsOverrideIsRefusedPrivatelyAndNothingIsCreated() {
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "app-vpc db-vpc --ports tcp:5432 --override \"we are in a hurry\"");

        h.awaitEphemeral(ALICE, t -> t.contains("Only an admin may override the policy") && t.contains(CAROL));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
        assertThat(h.ec2.state().peerings()).isEmpty();
    }

    @Test
    void anAdminsOverrideIsRecordedOnTheCardInTheThreadAndInTheRecord() {
        h.type(CAROL, "app-vpc db-vpc --ports tcp:5432 --override \"INC-4711: restore billing reads\"");

        RecordedMessage card = h.awaitCard();
        assertThat(card.allText()).contains("Policy overridden", CAROL, "INC-4711: restore billing reads");
        RecordedMessage note = h.awaitInThread(card, t -> t.contains("Policy overridden"));
        assertThat(note.allText()).contains("db-needs-reason", "line 2", "a reason is required", "INC-4711");
        StoredPeeringConnection pcx = h.ec2.state().peerings().get(0);
        assertThat(pcx.tags()).containsEntry("peerbot:override", "INC-4711: restore billing reads");

        h.approve(ALICE, card);
        h.awaitInThread(card, t -> t.contains("approved"));
        assertThat(h.current(card).allText()).as("the card redrawn from the record").contains("Policy overridden",
                "INC-4711");
    }

    @Test
    void theAdminIsToldTheyMayOverride() {
        h.type(CAROL, "app-vpc db-vpc --ports tcp:23");

        RecordedMessage answer = h.awaitEphemeral(CAROL, t -> t.contains("no-telnet"));
        assertThat(answer.allText()).contains("db-needs-reason", "line 6", "--override");
        assertThat(h.ec2.state().peerings()).isEmpty();
    }

    @Test
    void thePlanShowsWhatThePolicySays() {
        int mark = h.ec2.calls().mark();

        h.type(ALICE, "plan app-vpc db-vpc --ports tcp:23");

        RecordedMessage preview = h.awaitEphemeral(ALICE, t -> t.contains("The policy denies this plan"));
        assertThat(preview.allText()).contains("no-telnet", "line 6", "db-needs-reason", "line 2");
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> c.mutating());
    }

    @Test
    void policyListsTheRulesThatApplyToAVpc() {
        h.type(ALICE, "policy db-vpc");
        RecordedMessage forDb = h.awaitEphemeral(ALICE, t -> t.contains("Policy rules that may apply"));
        assertThat(forDb.allText()).contains("db-needs-reason", "no-telnet", "2 of 2");

        h.type(ALICE, "policy app-vpc");
        RecordedMessage forApp = h.awaitEphemeral(ALICE, t -> t.contains("app-vpc") && t.contains("1 of 2"));
        assertThat(forApp.allText()).contains("no-telnet").doesNotContain("db-needs-reason");
    }
}
