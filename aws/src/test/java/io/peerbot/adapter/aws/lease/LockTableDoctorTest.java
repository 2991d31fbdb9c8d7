package io.peerbot.adapter.aws.lease;

import static io.peerbot.adapter.aws.lease.LockTables.REGION;
import static io.peerbot.adapter.aws.lease.LockTables.TABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.doctor.Check;
import io.peerbot.standin.ec2.Ec2StandIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** What doctor says of the lock table's time to live, over the real SDK against the DynamoDB stand-in. */
class LockTableDoctorTest {
    private static final String ACCOUNT = "111122223333";
    private static final String TTL_LINE = "lock table time to live (dynamodb:DescribeTimeToLive)";
    private static final String ENABLE = "aws dynamodb update-time-to-live --region " + REGION + " --table-name "
            + TABLE + " --time-to-live-specification Enabled=true,AttributeName=expires_at";

    private Ec2StandIn standIn;
    private LockTable table;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        table = LockTables.open(standIn, ACCOUNT);
    }

    @AfterEach
    void stop() {
        table.close();
        standIn.close();
    }

    private Check timeToLive() {
        List<Check> checks = LockTableDoctor.check(table);
        return checks.stream().filter(c -> c.subject().equals(TTL_LINE)).findFirst()
                .orElseThrow(() -> new AssertionError("no time-to-live check in " + checks));
    }

    private void createWithTimeToLiveOn(String attribute) {
        standIn.dynamodb().createTable(ACCOUNT, REGION, TABLE, LockTable.KEY, attribute);
    }

    @Test
    void enabledOnTheAttributeTheBotWritesIsFine() {
        createWithTimeToLiveOn("expires_at");

        List<Check> checks = LockTableDoctor.check(table);

        assertThat(checks).extracting(Check::status).containsOnly(Check.Status.OK);
        assertThat(timeToLive().status()).isEqualTo(Check.Status.OK);
        assertThat(timeToLive().detail()).contains("enabled on expires_at");
        assertThat(checks).extracting(Check::subject).containsExactly("lock table " + TABLE + " (PEERBOT_LOCK_TABLE)",
                TTL_LINE, "lock table conditional writes (dynamodb:PutItem, UpdateItem, GetItem, DeleteItem)");
    }

    @Test
    void disabledFailsWithTheCommandThatEnablesIt() {
        standIn.dynamodb().createTable(ACCOUNT, REGION, TABLE, LockTable.KEY);

        Check ttl = timeToLive();

        assertThat(ttl.status()).isEqualTo(Check.Status.FAIL);
        assertThat(ttl.detail()).startsWith("disabled: ").contains("stay in the table for good");
        assertThat(ttl.fix()).isEqualTo("enable it on expires_at: " + ENABLE);
    }

    @Test
    void enabledOnAnotherAttributeFailsNamingBothAndHowToMoveIt() {
        createWithTimeToLiveOn("ttl");

        Check ttl = timeToLive();

        assertThat(ttl.status()).isEqualTo(Check.Status.FAIL);
        assertThat(ttl.detail()).startsWith("enabled on ttl, not on expires_at");
        assertThat(ttl.fix()).contains("aws dynamodb update-time-to-live --region " + REGION + " --table-name " + TABLE
                + " --time-to-live-specification Enabled=false,AttributeName=ttl", "up to an hour", ENABLE);
        assertThat(ttl.fix().indexOf("Enabled=false")).isLessThan(ttl.fix().indexOf("Enabled=true"));
    }

    @Test
    void onceEnabledAsTheFixSaysItIsFine() {
        standIn.dynamodb().createTable(ACCOUNT, REGION, TABLE, LockTable.KEY);
        DynamoDbClient client = table.client();

        client.updateTimeToLive(r -> r.tableName(TABLE)
                .timeToLiveSpecification(s -> s.enabled(true).attributeName(LockTable.EXPIRES_AT)));

        assertThat(timeToLive().status()).isEqualTo(Check.Status.OK);
    }

    @Test
    void aDescribeTheRoleMayNotMakeIsNamedWithTheActionsToAllow() {
        createWithTimeToLiveOn("expires_at");
        standIn.deny(ACCOUNT, "dynamodb:DescribeTimeToLive");

        List<Check> checks = LockTableDoctor.check(table);
        Check ttl = timeToLive();

        assertThat(ttl.status()).isEqualTo(Check.Status.FAIL);
        assertThat(ttl.detail()).isEqualTo("dynamodb:DescribeTimeToLive is not allowed");
        assertThat(ttl.fix()).contains("dynamodb:DescribeTimeToLive",
                "arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + TABLE, "iam/peerbot-policy.json");
        assertThat(checks).as("the other checks still run").filteredOn(c -> c.status() == Check.Status.OK)
                .hasSize(2);
    }
}
