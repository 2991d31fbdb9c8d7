package io.peerbot.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.aws.lease.LockTable;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.port.Leases;
import io.peerbot.config.PeerbotSettings;
import io.peerbot.standin.ec2.Ec2StandIn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LeaseStoreTest {
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";

    private Ec2StandIn aws;
    private final Map<String, String> env = new HashMap<>(Map.of("SLACK_BOT_TOKEN", "xoxb-1",
            "SLACK_APP_TOKEN", "xapp-1", SealKeys.VARIABLE, SealKeys.randomValue("test")));

    @BeforeEach
    void start() {
        aws = new Ec2StandIn().start();
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private BotSettings settings() {
        AwsSettings reach = AwsSettings.sdkDefaults().withRegion(REGION).withEndpoint(aws.endpoint())
                .withCredentials(aws.credentialsFor(ACCOUNT).provider());
        return BotSettings.of(PeerbotSettings.fromEnvironment(env), reach, SsmPolling.defaults());
    }

    @Test
    void withoutATableTheLeasesAreTheCallersOwn() {
        try (LeaseStore store = LeaseStore.open(settings())) {
            assertThat(store.table()).isEmpty();
            assertThat(store.leases(LeaseStore.replicaId(), Clock.systemUTC())).isEmpty();
        }
    }

    @Test
    void withATableTheLeasesAreSharedThroughItInTheHomeRegion() {
        aws.dynamodb().createTable(ACCOUNT, REGION, "peerbot-locks", LockTable.KEY);
        env.put("PEERBOT_LOCK_TABLE", "peerbot-locks");

        try (LeaseStore store = LeaseStore.open(settings())) {
            Leases leases = store.leases("replica-a", Clock.systemUTC()).orElseThrow();
            assertThat(leases.shared()).isTrue();
            assertThat(leases.tryAcquire("pcx-1", Duration.ofSeconds(30))).isPresent();
            assertThat(aws.dynamodb().item(ACCOUNT, REGION, "peerbot-locks", "lease#pcx-1"))
                    .hasValueSatisfying(item -> assertThat(item).containsEntry("replica", "replica-a"));
        }
    }

    @Test
    void theBotsLeasesInTheTableLastAsLongAsPeerbotLeaseTtlSays() {
        aws.dynamodb().createTable(ACCOUNT, REGION, "peerbot-locks", LockTable.KEY);
        env.put("PEERBOT_LOCK_TABLE", "peerbot-locks");
        env.put("PEERBOT_LEASE_TTL", "45s");
        env.put("PEERBOT_DECISION_WAIT", "3s");
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        BotSettings settings = settings();
        settings = settings.with(settings.policies().withClock(Clock.fixed(now, ZoneOffset.UTC)));

        try (LeaseStore store = LeaseStore.open(settings)) {
            LeaseKeeper keeper = BotProcess.leases(settings, store);

            assertThat(keeper.shared()).isTrue();
            assertThat(keeper.settings().decisionWait()).isEqualTo(Duration.ofSeconds(3));
            assertThat(keeper.settings().renewEvery()).isEqualTo(Duration.ofSeconds(15));
            assertThat(keeper.tryKeep("apply/pcx-1")).isPresent();
            assertThat(aws.dynamodb().item(ACCOUNT, REGION, "peerbot-locks", "lease#apply/pcx-1"))
                    .hasValueSatisfying(item -> assertThat(item).containsEntry("expires",
                            Long.toString(now.plusSeconds(45).toEpochMilli())));
        }
    }

    @Test
    void replicaIdsDifferBetweenProcessesOnOneHost() {
        assertThat(LeaseStore.replicaId()).isNotEqualTo(LeaseStore.replicaId())
                .contains("-" + ProcessHandle.current().pid() + "-");
    }
}
