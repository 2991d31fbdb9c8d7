package io.peerbot.e2e;

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
 * {@code PEERBOT_ACCOUNTS}: the bot acts only in the organisation's accounts. An outsider's account that has a
 * {@code peerbot} role trusting the bot is still never reached: no AssumeRole, no call there.
 */
class OrganisationAccountsTest {
    private static final String OUTSIDER = "999999999999";

    @RegisterExtension
    final Harness h = Harness.forEachTest().withEnv("PEERBOT_ACCOUNTS", ACCOUNT_B);

    @BeforeEach
    void outsiderWithARoleForTheBot() {
        h.ec2.seed().account(OUTSIDER).role("peerbot").region("us-east-1").vpc("x", "10.99.0.0/16")
                .tag("peerbot:owner", DAVE);
    }

    @Test
    void aVpcInAnAccountOutsideTheOrganisationIsRefusedPrivatelyBeforeAnyRoleIsAssumed() {
        int mark = h.ec2.calls().mark();

        h.type(ALICE, OUTSIDER + ":us-east-1:x app-vpc");

        RecordedMessage refusal = h.awaitEphemeral(ALICE, t -> t.contains(OUTSIDER));
        assertThat(refusal.allText()).contains("not one of the organisation's accounts", "PEERBOT_ACCOUNTS");
        assertThat(h.ec2.calls().since(mark)).as("nothing asked of STS or of the outsider's account")
                .noneMatch(c -> "AssumeRole".equals(c.action()))
                .noneMatch(c -> OUTSIDER.equals(c.account()));
        assertThat(h.mutatingCalls()).isEmpty();
        assertThat(h.slack.messages(CHANNEL)).allMatch(RecordedMessage::ephemeral);
    }

    @Test
    void aButtonNamingAPeeringInAnAccountOutsideTheOrganisationIsRefusedPrivatelyBeforeAnyRoleIsAssumed() {
        h.type(ALICE, "app-vpc db-vpc --no-test");
        RecordedMessage card = h.awaitCard();
        int mark = h.ec2.calls().mark();

        // The card's own button, its location swapped for one in the outsider's account.
        String real = card.button("peer_approve").orElseThrow().value();
        String forged = "pcx-0123456789abcdef0@" + OUTSIDER + ":us-east-1" + real.substring(real.indexOf('#'));
        h.slack.clickForged(Org.BOB, card, "peer_approve", forged);

        assertThat(h.awaitEphemeral(Org.BOB, t -> t.contains(OUTSIDER)).allText()).contains("PEERBOT_ACCOUNTS");
        assertThat(h.ec2.calls().since(mark))
                .noneMatch(c -> "AssumeRole".equals(c.action()))
                .noneMatch(c -> OUTSIDER.equals(c.account()))
                .noneMatch(c -> c.mutating());
    }

    @Test
    void anAllowedAccountIsStillReached() {
        h.type(ALICE, "app-vpc " + ACCOUNT_B + ":" + REGION_B + ":billing --no-test");
        RecordedMessage card = h.awaitCard();
        h.approve(DAVE, card);

        h.awaitInThread(card, t -> t.contains("is ready"));
    }

    @Test
    void watchingAnAccountOutsideTheOrganisationIsAConfigurationErrorNamingIt() {
        Map<String, String> env = h.env();
        env.put("PEERBOT_WATCH", ACCOUNT_B + ":" + REGION_B + "," + OUTSIDER + ":us-east-1");
        int mark = h.ec2.calls().mark();

        assertThatThrownBy(() -> BotProcess.start(BotSettings.of(PeerbotSettings.fromEnvironment(env), h.reach(),
                SsmPolling.defaults())))
                .isInstanceOfSatisfying(ConfigurationException.class, e -> assertThat(e.problems()).containsExactly(
                        "PEERBOT_WATCH names " + OUTSIDER + ":us-east-1, but account " + OUTSIDER + " is not in "
                                + "PEERBOT_ACCOUNTS: add it to PEERBOT_ACCOUNTS or remove it from PEERBOT_WATCH"));
        assertThat(h.ec2.calls().since(mark)).noneMatch(c -> OUTSIDER.equals(c.account()));
    }
}
