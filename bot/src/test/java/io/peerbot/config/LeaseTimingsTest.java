package io.peerbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.peerbot.application.lease.LeaseSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code PEERBOT_LEASE_TTL} and {@code PEERBOT_DECISION_WAIT} as an operator types them, right and wrong. */
class LeaseTimingsTest {
    private static final String TTL_RULE = "PEERBOT_LEASE_TTL must be a duration from 10s to 1h: a whole number and "
            + "a unit s, m, h or d, such as 30s or 2m, not '";
    private static final String WAIT_RULE = "PEERBOT_DECISION_WAIT must be a duration from 1s to 5m: a whole number "
            + "and a unit s, m, h or d, such as 30s or 2m, not '";

    private final Map<String, String> env = new HashMap<>(Map.of(
            "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

    private LeaseSettings leases() {
        return PeerbotSettings.fromEnvironment(env).leases();
    }

    private List<String> problems() {
        ConfigurationException refused = catchThrowableOfType(() -> PeerbotSettings.fromEnvironment(env),
                ConfigurationException.class);
        assertThat(refused).as("the configuration is refused").isNotNull();
        return refused.problems();
    }

    @Test
    void unsetTheyAreTheDefaults() {
        assertThat(leases()).isEqualTo(LeaseSettings.defaults());
    }

    @Test
    void aTtlIsRenewedEveryThirdOfItAndTheDecisionWaitIsItsOwn() {
        env.put("PEERBOT_LEASE_TTL", " 90s ");
        env.put("PEERBOT_DECISION_WAIT", "20s");

        LeaseSettings leases = leases();

        assertThat(leases.ttl()).isEqualTo(Duration.ofSeconds(90));
        assertThat(leases.renewEvery()).isEqualTo(Duration.ofSeconds(30));
        assertThat(leases.decisionWait()).isEqualTo(Duration.ofSeconds(20));
        assertThat(leases.pollEvery()).isEqualTo(LeaseSettings.defaults().pollEvery());
    }

    @Test
    void minutesAndTheBoundsThemselvesAreTaken() {
        env.put("PEERBOT_LEASE_TTL", "2m");
        env.put("PEERBOT_DECISION_WAIT", "1s");
        assertThat(leases().ttl()).isEqualTo(Duration.ofMinutes(2));
        assertThat(leases().decisionWait()).isEqualTo(Duration.ofSeconds(1));

        env.put("PEERBOT_LEASE_TTL", "10s");
        env.put("PEERBOT_DECISION_WAIT", "5m");
        assertThat(leases().ttl()).isEqualTo(Duration.ofSeconds(10));
        assertThat(leases().renewEvery()).isLessThan(leases().ttl());
        assertThat(leases().decisionWait()).isEqualTo(Duration.ofMinutes(5));

        env.put("PEERBOT_LEASE_TTL", "1h");
        assertThat(leases().ttl()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aNumberWithoutAUnitIsRefusedWithTheValueMeant() {
        env.put("PEERBOT_LEASE_TTL", "30");

        assertThat(problems()).containsExactly(TTL_RULE + "30' (30s?)");
    }

    @Test
    void zeroNegativeTypoHugeAndOutOfRangeTtlsAreRefusedNamingTheRange() {
        for (String wrong : List.of("0", "0s", "-5", "-5s", "abc", "30 s", "30sec", "PT30S", "1.5m",
                "999999999999", "999999s", "5s", "9s", "61m", "2h", "1d")) {
            env.put("PEERBOT_LEASE_TTL", wrong);

            assertThat(problems()).as(wrong).containsExactly(TTL_RULE + wrong + "'");
        }
    }

    @Test
    void aDecisionWaitOutOfRangeIsRefusedNamingItsOwnRange() {
        for (String wrong : List.of("0", "0s", "-5", "abc", "999999999999", "6m", "1h")) {
            env.put("PEERBOT_DECISION_WAIT", wrong);

            assertThat(problems()).as(wrong).containsExactly(WAIT_RULE + wrong + "'");
        }
        env.put("PEERBOT_DECISION_WAIT", "10");
        assertThat(problems()).containsExactly(WAIT_RULE + "10' (10s?)");
    }

    @Test
    void bothWrongAreBothNamedAtOnce() {
        env.put("PEERBOT_LEASE_TTL", "abc");
        env.put("PEERBOT_DECISION_WAIT", "-5");

        assertThat(problems()).containsExactly(TTL_RULE + "abc'", WAIT_RULE + "-5'");
    }

    @Test
    void anEmptyValueIsUnset() {
        env.put("PEERBOT_LEASE_TTL", "  ");

        assertThat(leases()).isEqualTo(LeaseSettings.defaults());
    }

    @Test
    void theTimingsAreDescribedAsTheyAreWritten() {
        assertThat(LeaseTimings.describe(LeaseSettings.defaults())).isEqualTo("leases last 30s (PEERBOT_LEASE_TTL), "
                + "renewed every 10s; a decision waits up to 10s (PEERBOT_DECISION_WAIT)");
        assertThat(LeaseTimings.describe(LeaseSettings.defaults().withTtl(Duration.ofSeconds(10))
                .withDecisionWait(Duration.ofMinutes(2)))).isEqualTo("leases last 10s (PEERBOT_LEASE_TTL), "
                + "renewed every 3.3s; a decision waits up to 2m (PEERBOT_DECISION_WAIT)");
        assertThat(LeaseTimings.describe(LeaseSettings.defaults().withTtl(Duration.ofHours(1))))
                .startsWith("leases last 1h (PEERBOT_LEASE_TTL), renewed every 20m;");
    }
}
