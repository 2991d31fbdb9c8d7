package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.aws.lease.LockTable;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.cli.DoctorCommand;
import io.peerbot.cli.PeerbotCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/** {@code peerbot doctor} with {@code PEERBOT_LOCK_TABLE} set, against the stand-ins' DynamoDB. */
class LockTableDoctorTest {
    private static final String TABLE = "peerbot-locks";
    private static final String TABLE_LINE = "lock table " + TABLE + " (PEERBOT_LOCK_TABLE)";
    private static final String WRITES_LINE = "lock table conditional writes";
    private static final String TTL_LINE = "lock table time to live";

    @RegisterExtension
    final Harness h = Harness.forEachTest().withoutBot();

    private Map<String, String> env;

    @BeforeEach
    void configure() {
        env = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", h.slack.botToken(),
                "SLACK_APP_TOKEN", h.slack.appToken(),
                "SLACK_API_URL", h.slack.apiUrl(),
                "PEERBOT_LOCK_TABLE", TABLE));
        env.put(SealKeys.VARIABLE, SealKeys.randomValue("doctor"));
    }

    private record Run(int exitCode, String output) {
        String line(String start) {
            return Arrays.stream(output.split("\n")).filter(l -> l.startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in:\n" + output));
        }
    }

    private Run doctor() {
        AwsSettings aws = h.reach()
                .withRetry(new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(50)));
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new PeerbotCli(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == DoctorCommand.class) {
                    return type.cast(new DoctorCommand(env, aws));
                }
                return CommandLine.defaultFactory().create(type);
            }
        });
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("doctor");
        return new Run(code, out.toString());
    }

    @Test
    void aTableWithTheBotsKeyTimeToLiveAndPermissionsIsGreenAndKeepsNoProbe() {
        h.ec2.dynamodb().createTable(ACCOUNT_A, REGION_A, TABLE, LockTable.KEY, LockTable.EXPIRES_AT);

        Run run = doctor();

        assertThat(run.output()).doesNotContain("❌");
        assertThat(run.exitCode()).isZero();
        assertThat(run.line("✅ configuration")).contains("lock table " + TABLE,
                "leases last 30s (PEERBOT_LEASE_TTL), renewed every 10s; a decision waits up to 10s");
        assertThat(run.line("✅ " + TTL_LINE)).contains("enabled on expires_at");
        assertThat(run.line("✅ " + TABLE_LINE)).contains(REGION_A,
                "arn:aws:dynamodb:" + REGION_A + ":" + ACCOUNT_A + ":table/" + TABLE, "partition key id (string)");
        assertThat(run.line("✅ " + WRITES_LINE)).contains("worked");
        assertThat(h.ec2.dynamodb().keys(ACCOUNT_A, REGION_A, TABLE)).as("the probe item is gone").isEmpty();
        assertThat(h.ec2.calls().mutating()).allMatch(c -> "dynamodb".equals(c.service()));
        assertThat(h.ec2.calls().all()).filteredOn(c -> "dynamodb".equals(c.service()))
                .extracting(c -> c.action())
                .containsExactly("DescribeTable", "DescribeTimeToLive", "PutItem", "UpdateItem", "GetItem",
                        "DeleteItem");
    }

    @Test
    void aTableWithoutTimeToLiveFailsWithTheCommandThatTurnsItOn() {
        h.ec2.dynamodb().createTable(ACCOUNT_A, REGION_A, TABLE, LockTable.KEY);

        Run run = doctor();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.line("✅ " + TABLE_LINE)).isNotEmpty();
        assertThat(run.line("❌ " + TTL_LINE)).contains("disabled", "aws dynamodb update-time-to-live --region "
                + REGION_A + " --table-name " + TABLE + " --time-to-live-specification "
                + "Enabled=true,AttributeName=expires_at");
        assertThat(run.line("✅ " + WRITES_LINE)).isNotEmpty();
    }

    @Test
    void theLeaseTimingsSetAreTheOnesShown() {
        h.ec2.dynamodb().createTable(ACCOUNT_A, REGION_A, TABLE, LockTable.KEY, LockTable.EXPIRES_AT);
        env.put("PEERBOT_LEASE_TTL", "2m");
        env.put("PEERBOT_DECISION_WAIT", "20s");

        Run run = doctor();

        assertThat(run.line("✅ configuration")).contains("leases last 2m (PEERBOT_LEASE_TTL), renewed every 40s; "
                + "a decision waits up to 20s (PEERBOT_DECISION_WAIT)");
    }

    @Test
    void aLeaseTtlWithoutAUnitFailsNamingTheVariableAndWhatItTakes() {
        h.ec2.dynamodb().createTable(ACCOUNT_A, REGION_A, TABLE, LockTable.KEY, LockTable.EXPIRES_AT);
        env.put("PEERBOT_LEASE_TTL", "30");

        Run run = doctor();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.line("❌ configuration")).contains("PEERBOT_LEASE_TTL must be a duration from 10s to 1h",
                "not '30' (30s?)");
    }

    @Test
    void aMissingTableIsToldHowToCreateIt() {
        Run run = doctor();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.line("❌ " + TABLE_LINE)).contains("does not exist in " + REGION_A,
                "aws dynamodb create-table --region " + REGION_A + " --table-name " + TABLE
                        + " --attribute-definitions AttributeName=id,AttributeType=S"
                        + " --key-schema AttributeName=id,KeyType=HASH --billing-mode PAY_PER_REQUEST",
                "update-time-to-live", "AttributeName=expires_at");
        assertThat(run.output()).doesNotContain(WRITES_LINE);
    }

    @Test
    void aTableWithAnotherKeyIsNamedWithTheKeyTheBotNeeds() {
        h.ec2.dynamodb().createTable(ACCOUNT_A, REGION_A, TABLE, "lock");

        Run run = doctor();

        assertThat(run.line("❌ " + TABLE_LINE)).contains("its key is lock (HASH), not the one string partition key id",
                "aws dynamodb create-table");
        assertThat(h.ec2.calls().all()).noneMatch(c -> "PutItem".equals(c.action()));
    }

    @Test
    void aConditionalWriteTheRoleMayNotMakeIsNamedWithTheStatementToAdd() {
        h.ec2.dynamodb().createTable(ACCOUNT_A, REGION_A, TABLE, LockTable.KEY, LockTable.EXPIRES_AT);
        h.ec2.deny(ACCOUNT_A, "dynamodb:UpdateItem");

        Run run = doctor();

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.line("✅ " + TABLE_LINE)).isNotEmpty();
        assertThat(run.line("❌ " + WRITES_LINE)).contains("dynamodb:UpdateItem is not allowed",
                "allow dynamodb:DescribeTable, dynamodb:DescribeTimeToLive, dynamodb:GetItem, dynamodb:PutItem, "
                        + "dynamodb:UpdateItem, dynamodb:DeleteItem on arn:aws:dynamodb:" + REGION_A + ":" + ACCOUNT_A
                        + ":table/" + TABLE);
        assertThat(h.ec2.dynamodb().keys(ACCOUNT_A, REGION_A, TABLE)).as("the probe item is gone").isEmpty();
    }

    @Test
    void withoutTheSettingNoTableIsAskedAfter() {
        env.remove("PEERBOT_LOCK_TABLE");

        Run run = doctor();

        assertThat(run.output()).doesNotContain("lock table");
        assertThat(h.ec2.calls().all()).noneMatch(c -> "dynamodb".equals(c.service()));
    }
}
