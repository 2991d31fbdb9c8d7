package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.ALICE;
import static io.peerbot.e2e.Org.CHANNEL;
import static io.peerbot.e2e.Org.DAVE;
import static io.peerbot.e2e.Org.REGION_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.bootstrap.BotProcess;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.config.ConfigurationException;
import io.peerbot.config.PeerbotSettings;
import io.peerbot.standin.slack.RecordedMessage;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code PEERBOT_ACCOUNTS=organization}: the bot acts only in the active accounts of its AWS Organization, read with
 * {@code organizations:ListAccounts}. An account outside it that has a {@code peerbot} role trusting the bot is
 * never reached: no AssumeRole, no call there.
 */
class AwsOrganizationAccountsTest {
    private static final String OUTSIDER = "999999999999";

    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_ACCOUNTS", "organization");

    @BeforeEach
    void outsiderWithARoleForTheBot() {
        h.ec2.seed().account(OUTSIDER).role("peerbot").region("us-east-1").vpc("x", "10.99.0.0/16")
                .tag("peerbot:owner", DAVE);
        h.ec2.organization().outside(OUTSIDER);
    }

    @Test
    void aVpcInAnAccountOutsideTheOrganisationIsRefusedPrivatelyBeforeAnyRoleIsAssumed() {
        int mark = h.ec2.calls().mark();

        h.type(ALICE, OUTSIDER + ":us-east-1:x app-vpc");

        RecordedMessage refusal = h.awaitEphemeral(ALICE, t -> t.contains(OUTSIDER));
        assertThat(refusal.allText()).contains("not one of the organisation's accounts");
        assertThat(h.ec2.calls().since(mark)).as("nothing asked of STS or of the outsider's account")
                .noneMatch(c -> "AssumeRole".equals(c.action()))
                .noneMatch(c -> OUTSIDER.equals(c.account()));
        assertThat(h.mutatingCalls()).isEmpty();
        assertThat(h.slack.messages(CHANNEL)).allMatch(RecordedMessage::ephemeral);
    }

    @Test
    void aMemberAccountIsReached() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --no-test");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);

        h.awaitInThread(card, t -> t.contains("is ready"));
        assertThat(h.ec2.calls().of("ListAccounts")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.account()).isEqualTo(ACCOUNT_A));
    }

    @Test
    void theBotDoesNotStartWhenTheOrganisationsAccountsCannotBeRead() {
        Map<String, String> env = h.env();
        h.ec2.deny(ACCOUNT_A, "organizations:ListAccounts");
        int mark = h.ec2.calls().mark();

        assertThatThrownBy(() -> BotProcess.start(BotSettings.of(PeerbotSettings.fromEnvironment(env), h.reach(),
                SsmPolling.defaults())))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().contains("PEERBOT_ACCOUNTS=organization", "organizations:ListAccounts",
                                "AccessDeniedException", "management account", "delegated administrator"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> "AssumeRole".equals(c.action()));
    }
}
