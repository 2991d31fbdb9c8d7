package io.peerbot.adapter.aws.lease;

import static io.peerbot.adapter.aws.lease.LockTables.REGION;
import static io.peerbot.adapter.aws.lease.LockTables.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Leases;
import io.peerbot.application.port.Leases.Lease;
import io.peerbot.application.watch.MovingClock;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.Fault;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas agreeing through one lock table, over the real SDK against the DynamoDB stand-in. */
class DynamoLeasesTest {
    private static final String ACCOUNT = "111122223333";
    private static final Duration TTL = Duration.ofSeconds(30);

    private final MovingClock clock = new MovingClock(Clock.systemUTC());
    private LockTables.TwoReplicas tables;
    private Ec2StandIn standIn;
    private LockTable tableA;
    private DynamoLeases replicaA;
    private DynamoLeases replicaB;

    @BeforeEach
    void start() {
        tables = LockTables.TwoReplicas.start(ACCOUNT);
        standIn = tables.standIn();
        tableA = tables.a();
        replicaA = new DynamoLeases(tableA, "replica-a", clock);
        replicaB = new DynamoLeases(tables.b(), "replica-b", clock);
    }

    @AfterEach
    void stop() {
        tables.close();
    }

    private Optional<Map<String, String>> item(String key) {
        return standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "lease#" + key);
    }

    @Test
    void aLeaseIsTakenRenewedAndGivenUp() {
        long before = clock.millis();
        Lease lease = replicaA.tryAcquire("pcx-1", TTL).orElseThrow();

        assertThat(lease.key()).isEqualTo("pcx-1");
        assertThat(replicaA.shared()).isTrue();
        Map<String, String> item = item("pcx-1").orElseThrow();
        assertThat(item.get("holder")).startsWith("replica-a/");
        assertThat(item).containsEntry("replica", "replica-a");
        assertThat(Long.parseLong(item.get("expires"))).isBetween(before + TTL.toMillis(), clock.millis()
                + TTL.toMillis());
        assertThat(Long.parseLong(item.get("expires_at"))).isGreaterThan(Long.parseLong(item.get("expires")) / 1000);

        clock.advance(Duration.ofSeconds(20));
        assertThat(lease.renew(TTL)).isTrue();
        assertThat(Long.parseLong(item("pcx-1").orElseThrow().get("expires")))
                .isGreaterThanOrEqualTo(before + Duration.ofSeconds(50).toMillis());

        lease.close();
        assertThat(item("pcx-1")).isEmpty();
        assertThat(lease.renew(TTL)).isFalse();
        assertThat(replicaA.tryAcquire("pcx-1", TTL)).isPresent();
    }

    @Test
    void aLiveLeaseIsNotTakenTwiceNotEvenByItsOwnReplica() {
        Lease held = replicaA.tryAcquire("pcx-1", TTL).orElseThrow();

        assertThat(replicaA.tryAcquire("pcx-1", TTL)).isEmpty();
        assertThat(replicaB.tryAcquire("pcx-1", TTL)).isEmpty();
        assertThat(replicaB.tryAcquire("pcx-2", TTL)).isPresent();

        held.close();
        Lease taken = replicaB.tryAcquire("pcx-1", TTL).orElseThrow();
        assertThat(item("pcx-1").orElseThrow()).containsEntry("replica", "replica-b");
        taken.close();
    }

    @Test
    void aLeaseNotRenewedExpiresAndItsLoserNeitherRenewsNorDeletesTheNewHolders() {
        Lease dead = replicaA.tryAcquire("pcx-1", TTL).orElseThrow();

        clock.advance(Duration.ofSeconds(29));
        assertThat(replicaB.tryAcquire("pcx-1", TTL)).isEmpty();
        clock.advance(Duration.ofSeconds(2));
        Lease successor = replicaB.tryAcquire("pcx-1", TTL).orElseThrow();

        assertThat(dead.renew(TTL)).isFalse();
        dead.close();
        assertThat(item("pcx-1").orElseThrow()).containsEntry("replica", "replica-b");
        assertThat(successor.renew(TTL)).isTrue();
    }

    @Test
    void ofTwentyAcquisitionsRacingOverTwoReplicasExactlyOneHolds() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Optional<Lease>>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Leases replica = i % 2 == 0 ? replicaA : replicaB;
                results.add(pool.submit(() -> {
                    go.await();
                    return replica.tryAcquire("pcx-race", TTL);
                }));
            }
            go.countDown();
            int holders = 0;
            for (Future<Optional<Lease>> result : results) {
                holders += result.get().isPresent() ? 1 : 0;
            }
            assertThat(holders).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPutRetriedAfterAServerErrorThatHadTakenTheLeaseStillHoldsIt() {
        standIn.faults().failNext("PutItem", Fault.INTERNAL_ERROR_AFTER_APPLY, 1);

        Lease lease = replicaA.tryAcquire("pcx-1", TTL).orElseThrow();

        assertThat(standIn.calls().of("PutItem")).extracting(c -> c.errorCode())
                .containsExactly("InternalServerError", "ConditionalCheckFailedException");
        assertThat(lease.renew(TTL)).isTrue();
        assertThat(replicaB.tryAcquire("pcx-1", TTL)).isEmpty();
    }

    @Test
    void aMissingTableIsAFailureThatSaysHowToCreateItNeverALeaseHeldOrRefused() {
        standIn.dynamodb().deleteTable(ACCOUNT, REGION, TABLE);

        assertThatThrownBy(() -> replicaA.tryAcquire("pcx-1", TTL))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.code()).isEqualTo("ResourceNotFoundException");
                    assertThat(e.getMessage()).contains("peerbot-locks", "PEERBOT_LOCK_TABLE",
                            "aws dynamodb create-table", "AttributeName=id,KeyType=HASH");
                });
    }

    @Test
    void aDeniedWriteIsAPermissionFailure() {
        Lease lease = replicaA.tryAcquire("pcx-1", TTL).orElseThrow();
        standIn.deny(ACCOUNT, "dynamodb:PutItem").deny(ACCOUNT, "dynamodb:UpdateItem")
                .deny(ACCOUNT, "dynamodb:DeleteItem");

        assertThatThrownBy(() -> replicaB.tryAcquire("pcx-2", TTL))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.permissionDenied()).isTrue();
                    assertThat(e.getMessage()).contains("dynamodb:PutItem", "peerbot-locks");
                });
        assertThatThrownBy(() -> lease.renew(TTL)).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.permissionDenied()).isTrue());
        lease.close();
        assertThat(item("pcx-1")).isPresent();
    }

    @Test
    void throttlingThatOutlastsTheRetriesIsAFailure() {
        standIn.faults().on("PutItem").throttle(1.0);

        assertThatThrownBy(() -> replicaA.tryAcquire("pcx-1", TTL))
                .isInstanceOfSatisfying(CloudException.class,
                        e -> assertThat(e.code()).isEqualTo("ThrottlingException"));
        assertThat(standIn.calls().of("PutItem")).hasSize(10);
        assertThat(item("pcx-1")).isEmpty();
    }
}
