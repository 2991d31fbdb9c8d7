package io.peerbot.adapter.aws.lease;

import static io.peerbot.adapter.aws.lease.LockTables.REGION;
import static io.peerbot.adapter.aws.lease.LockTables.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.Ec2StandIn;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas sharing the requests they made lately through one lock table, over the real SDK. */
class DynamoRequestsJustMadeTest {
    private static final String ACCOUNT = "111122223333";
    private static final Location EAST = new Location("444455556666", "us-east-1");
    private static final Location WEST = new Location("444455556666", "us-west-2");
    private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

    private LockTables.TwoReplicas tables;
    private Ec2StandIn standIn;
    private DynamoRequestsJustMade replicaA;
    private DynamoRequestsJustMade replicaB;

    @BeforeEach
    void start() {
        tables = LockTables.TwoReplicas.start(ACCOUNT);
        standIn = tables.standIn();
        replicaA = new DynamoRequestsJustMade(tables.a());
        replicaB = new DynamoRequestsJustMade(tables.b());
    }

    @AfterEach
    void stop() {
        tables.close();
    }

    @Test
    void aRequestOneReplicaMadeIsSeenByTheOtherInItsAccountAndRegionOnly() {
        replicaA.note(EAST, "pcx-0a1", NOW, NOW.minusSeconds(120));

        assertThat(replicaB.since(EAST, NOW.minusSeconds(120))).containsExactly("pcx-0a1");
        assertThat(replicaB.since(WEST, NOW.minusSeconds(120))).isEmpty();
        assertThat(replicaB.since(EAST, NOW.plusSeconds(1))).as("made before the time asked about").isEmpty();
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "requests-made#" + EAST.account() + "#us-east-1"))
                .get().satisfies(item -> assertThat(item).containsKey(LockTable.EXPIRES_AT));
    }

    @Test
    void aNoteDropsTheRequestsOlderThanItsCallerForgets() {
        replicaA.note(EAST, "pcx-0a1", NOW, NOW.minusSeconds(120));
        Instant later = NOW.plus(Duration.ofMinutes(3));

        replicaB.note(EAST, "pcx-0b2", later, later.minusSeconds(120));

        assertThat(replicaA.since(EAST, Instant.EPOCH)).containsExactly("pcx-0b2");
    }

    @Test
    void aNoteRightAfterItsTurnsCountDropsTheOldRequestsWithoutReadingTheItemAgain() {
        replicaA.note(EAST, "pcx-0a1", NOW, NOW.minusSeconds(120));
        Instant later = NOW.plus(Duration.ofMinutes(3));
        int mark = standIn.calls().mark();

        assertThat(replicaB.since(EAST, later.minusSeconds(120))).isEmpty();
        replicaB.note(EAST, "pcx-0b2", later, later.minusSeconds(120));

        assertThat(standIn.calls().since(mark)).extracting(Call::action).containsExactly("GetItem", "UpdateItem");
        assertThat(replicaA.since(EAST, Instant.EPOCH)).containsExactly("pcx-0b2");
        replicaB.note(EAST, "pcx-0b3", later, later.minusSeconds(120));
        assertThat(standIn.calls().since(mark)).extracting(Call::action).as("a second note reads the item")
                .containsExactly("GetItem", "UpdateItem", "GetItem", "GetItem", "UpdateItem");
    }

    @Test
    void aTableThatCannotBeReadFailsTheCountAndANoteThatCannotBeWrittenIsOnlyLogged() {
        standIn.deny(ACCOUNT, "dynamodb:GetItem").deny(ACCOUNT, "dynamodb:UpdateItem");

        assertThatThrownBy(() -> replicaA.since(EAST, NOW)).isInstanceOfSatisfying(CloudException.class,
                e -> assertThat(e.code()).isEqualTo("AccessDeniedException"));
        replicaA.note(EAST, "pcx-0a1", NOW, NOW.minusSeconds(120));
    }
}
