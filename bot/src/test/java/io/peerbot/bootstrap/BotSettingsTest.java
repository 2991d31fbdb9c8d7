package io.peerbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.config.PeerbotSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A copy of the settings with one part changed keeps every other part: a replica must not lose its lock table or
 * its lease timings.
 */
class BotSettingsTest {
    private final BotSettings settings = BotSettings.of(PeerbotSettings.fromEnvironment(Map.of(
                    "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
                    SealKeys.VARIABLE, SealKeys.randomValue("test"),
                    "PEERBOT_LOCK_TABLE", "peerbot-locks",
                    "PEERBOT_LEASE_TTL", "45s", "PEERBOT_DECISION_WAIT", "4s",
                    "PEERBOT_POLICY_FILE", "/etc/peerbot/policy.yaml")),
            AwsSettings.sdkDefaults().withRegion("eu-west-1"), SsmPolling.defaults());

    @Test
    void theLeaseTimingsOfTheEnvironmentAreTheBots() {
        assertThat(settings.leases().ttl()).isEqualTo(Duration.ofSeconds(45));
        assertThat(settings.leases().renewEvery()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.leases().decisionWait()).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void everyCopyKeepsTheLockTableTheLeaseTimingsAndThePolicyFile() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        for (BotSettings copy : new BotSettings[] {
                settings.with(settings.policies().withClock(fixed)),
                settings.with(settings.slack()),
                settings.over(settings.transport())}) {
            assertThat(copy.lockTable()).contains("peerbot-locks");
            assertThat(copy.leases()).isEqualTo(settings.leases());
            assertThat(copy.policyFile()).isEqualTo(settings.policyFile()).isPresent();
            assertThat(copy.quotas()).isEqualTo(settings.quotas());
            assertThat(copy.ownersFile()).isEqualTo(settings.ownersFile());
        }
    }
}
