package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.ACCOUNT_B;
import static io.peerbot.e2e.Org.REGION_A;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.adapter.aws.AwsDoctor;
import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.cli.DoctorCommand;
import io.peerbot.cli.PeerbotCli;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.slack.SlackStandIn;
import io.peerbot.standin.slack.SlackStandInBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** {@code peerbot doctor} as a person runs it, against the Slack and EC2 stand-ins. */
class DoctorTest {
    private static final Logger log = LoggerFactory.getLogger(DoctorTest.class);
    private static final String ROLE = "arn:aws:iam::{account}:role/peerbot";

    @RegisterExtension
    final Harness h = Harness.forEachTest().withoutBot();

    @TempDir
    Path dir;
    private Ec2StandIn ec2;
    private SlackStandIn slack;
    private Map<String, String> env;

    @BeforeEach
    void configure() throws Exception {
        ec2 = h.ec2;
        slack = h.slack;
        Path owners = Files.writeString(dir.resolve("owners.yml"), "db-vpc: [U0BOB, bob@example.com]\n"
                + "\"" + ACCOUNT_B + "\": dave@example.com\n");
        env = new HashMap<>(Map.of(
                "SLACK_BOT_TOKEN", slack.botToken(),
                "SLACK_APP_TOKEN", slack.appToken(),
                "SLACK_API_URL", slack.apiUrl(),
                "PEERBOT_ASSUME_ROLE", ROLE,
                "PEERBOT_WATCH", ACCOUNT_B + ":" + Org.REGION_B,
                "PEERBOT_OWNERS_FILE", owners.toString(),
                "PEERBOT_ADMINS", Org.CAROL));
        env.put(SealKeys.VARIABLE, "k2:" + "A".repeat(43) + "=,k1:" + "A".repeat(43) + "=");
    }

    private static SlackStandIn startSlack(SlackStandInBuilder builder) {
        return builder.channel(Org.CHANNEL, "network").user(Org.ALICE, "alice", "Alice", "alice@example.com").start();
    }

    @AfterEach
    void stopOwnSlack() {
        if (slack != h.slack) {
            slack.close();
        }
    }

    private record Run(int exitCode, String output) {
        List<String> lines() {
            return Arrays.asList(output.split("\n"));
        }

        String line(String start) {
            return lines().stream().filter(l -> l.startsWith(start)).findFirst()
                    .orElseThrow(() -> new AssertionError("no line starting with '" + start + "' in:\n" + output));
        }
    }

    private Run doctor() {
        return doctor(ec2.credentialsFor(ACCOUNT_A).provider());
    }

    private Run doctor(AwsCredentialsProvider credentials) {
        AwsSettings aws = h.reach().withCredentials(credentials)
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
        log.info("peerbot doctor (exit {}):\n{}", code, out);
        return new Run(code, out.toString());
    }

    @Test
    void againstBothStandInsEverythingIsGreen() {
        Run run = doctor();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).doesNotContain("❌");
        assertThat(run.line("✅ configuration")).contains("Socket Mode", "watching " + ACCOUNT_B + ":eu-west-1");
        assertThat(run.line("✅ Slack bot token (auth.test)")).contains("T0PEERBOT", "@peerbot", "U0PEERBOT");
        assertThat(run.line("✅ Slack bot token scopes"))
                .contains("commands, chat:write, users:read, users:read.email, usergroups:read, files:write, channels:history, groups:history");
        assertThat(run.line("✅ Slack app token")).contains("Socket Mode");
        assertThat(run.line("✅ AWS identity")).contains(ACCOUNT_A, REGION_A);
        for (String action : AwsDoctor.EC2_ACTIONS) {
            assertThat(run.line("✅ ec2:" + action + ":")).contains("allowed");
        }
        assertThat(run.line("✅ ssm:DescribeInstanceInformation")).contains("allowed");
        assertThat(run.line("⚠️ ssm:SendCommand")).contains("not verifiable without running a command");
        assertThat(run.line("✅ sts:AssumeRole arn:aws:iam::" + ACCOUNT_B + ":role/peerbot")).contains("assumed");
        assertThat(run.line("✅ EC2 and SSM permissions in " + ACCOUNT_B + ":eu-west-1"))
                .contains("23 actions allowed");
        assertThat(run.line("✅ SSM document peerbot-probe in " + ACCOUNT_A + ":" + REGION_A)).contains("present");
        assertThat(run.line("✅ SSM document peerbot-probe in " + ACCOUNT_B + ":eu-west-1")).contains("present");
        assertThat(run.line("✅ owners file")).contains("2 entries");
        assertThat(run.lines().get(run.lines().size() - 1)).startsWith("All checks passed");
        assertThat(ec2.calls().mutating()).as("doctor changes nothing").isEmpty();
    }

    @Test
    void aMissingEc2PermissionIsNamedWithItsFix() {
        ec2.deny(ACCOUNT_A, "ec2:CreateRoute");

        Run run = doctor();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("❌ ec2:CreateRoute")).contains("not allowed for arn:aws:iam::" + ACCOUNT_A,
                "Fix: add \"ec2:CreateRoute\" to the policy of", "iam/peerbot-policy.json");
        assertThat(run.lines().stream().filter(l -> l.startsWith("❌"))).hasSize(1);
        assertThat(run.line("✅ ec2:DeleteRoute")).contains("allowed");
        assertThat(run.lines().get(run.lines().size() - 1)).startsWith("1 of ");
    }

    @Test
    void aPermissionMissingInAWatchedAccountIsNamedWithTheRole() {
        ec2.deny(ACCOUNT_B, "ec2:CreateRoute").deny(ACCOUNT_B, "ssm:DescribeInstanceInformation");

        Run run = doctor();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("❌ EC2 and SSM permissions in " + ACCOUNT_B + ":eu-west-1"))
                .contains("missing ec2:CreateRoute, ssm:DescribeInstanceInformation for arn:aws:iam::" + ACCOUNT_B
                        + ":role/peerbot");
        assertThat(run.line("✅ ec2:CreateRoute")).contains("allowed");
    }

    @Test
    void anAccountWithoutTheProbeDocumentIsToldHowToCreateIt() {
        ec2.ssmDocuments().remove(ACCOUNT_B, "eu-west-1", "peerbot-probe");

        Run run = doctor();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("❌ SSM document peerbot-probe in " + ACCOUNT_B + ":eu-west-1")).contains("missing",
                "aws ssm create-document --name peerbot-probe --document-type Command "
                        + "--content file://iam/peerbot-probe.json --region eu-west-1");
        assertThat(run.line("✅ SSM document peerbot-probe in " + ACCOUNT_A + ":" + REGION_A)).contains("present");
        assertThat(run.lines().stream().filter(l -> l.startsWith("❌"))).hasSize(1);
    }

    @Test
    void aRoleThatMayNotReadDocumentsIsToldWhichActionToAdd() {
        ec2.deny(ACCOUNT_A, "ssm:DescribeDocument");

        Run run = doctor();

        assertThat(run.line("❌ SSM document peerbot-probe in " + ACCOUNT_A + ":" + REGION_A))
                .contains("ssm:DescribeDocument not allowed", "Fix: add \"ssm:DescribeDocument\" to the policy of");
    }

    @Test
    void aRoleThatCannotBeAssumedAndAWatchedAccountWithoutARoleAreFailures() {
        ec2.deny(ACCOUNT_A, "sts:AssumeRole");

        Run denied = doctor();
        env.remove("PEERBOT_ASSUME_ROLE");
        Run unset = doctor();

        assertThat(denied.exitCode()).isEqualTo(1);
        assertThat(denied.line("❌ sts:AssumeRole arn:aws:iam::" + ACCOUNT_B + ":role/peerbot"))
                .contains("AccessDenied", "iam/peerbot-role-trust.json", "BOT_ACCOUNT_ID=" + ACCOUNT_A);
        assertThat(unset.line("❌ role in account " + ACCOUNT_B)).contains("PEERBOT_ASSUME_ROLE is not set");
    }

    @Test
    void aMissingScopeAndABadTokenAreNamed() {
        slack.close();
        slack = startSlack(SlackStandIn.builder()
                .botScopes("commands", "chat:write", "users:read", "usergroups:read", "files:write"));
        env.put("SLACK_BOT_TOKEN", slack.botToken());
        env.put("SLACK_APP_TOKEN", slack.appToken());
        env.put("SLACK_API_URL", slack.apiUrl());

        Run missingScope = doctor();
        env.put("SLACK_BOT_TOKEN", "xoxb-not-the-token");
        env.put("SLACK_APP_TOKEN", slack.botToken());
        Run badTokens = doctor();

        assertThat(missingScope.exitCode()).isEqualTo(1);
        assertThat(missingScope.line("❌ Slack bot token scopes")).contains("missing users:read.email",
                "Bot Token Scopes", "reinstall");
        assertThat(badTokens.line("❌ Slack bot token (auth.test)")).contains("invalid_auth", "xoxb-");
        assertThat(badTokens.line("❌ Slack app token")).contains("not_allowed_token_type", "connections:write");
    }

    @Test
    void httpModeNeedsNoAppTokenButASigningSecret() {
        env.remove("SLACK_APP_TOKEN");
        env.put("SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99aaabbb85a5");
        env.put("PORT", "8080");

        Run run = doctor();

        assertThat(run.exitCode()).isZero();
        assertThat(run.line("✅ configuration")).contains("HTTP mode on port 8080");
        assertThat(run.line("✅ Slack signing secret")).contains("/slack/events");
        assertThat(run.output()).doesNotContain("Slack app token");
    }

    @Test
    void refusedCredentialsEndTheAwsChecks() {
        Run run = doctor(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAUNKNOWN", "secret")));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("❌ AWS identity (sts:GetCallerIdentity)")).contains("credentials were refused");
        assertThat(run.output()).doesNotContain("ec2:");
        assertThat(run.line("✅ Slack bot token (auth.test)")).contains("T0PEERBOT");
    }

    @Test
    void badConfigurationAndABadOwnersEntryAreNamed() throws Exception {
        Path owners = Files.writeString(dir.resolve("bad.yml"), "app-vpc: [U0ALICE, '@nobody']\n");
        env.put("PEERBOT_OWNERS_FILE", owners.toString());

        Run badOwner = doctor();
        env.put("PORT", "http");
        Run badPort = doctor();

        assertThat(badOwner.line("❌ owners file")).contains("'app-vpc'", "'@nobody' is neither");
        assertThat(badPort.line("❌ configuration")).contains("PORT must be a TCP port number");
        assertThat(badPort.line("✅ AWS identity")).contains(ACCOUNT_A);
    }

    @Test
    void theSealKeyIsCheckedPresentLongEnoughAndNamedBySigningKey() {
        Run present = doctor();
        env.remove(SealKeys.VARIABLE);
        Run unset = doctor();
        env.put(SealKeys.VARIABLE, "k1:c2hvcnQ=");
        Run tooShort = doctor();

        assertThat(present.line("✅ seal keys")).contains("sealed with key k2", "k2, k1");
        assertThat(unset.exitCode()).isEqualTo(1);
        assertThat(unset.line("❌ seal keys")).contains("PEERBOT_SEAL_KEYS is not set", "openssl rand -base64 32",
                "peerbot run refuses to start without them");
        assertThat(tooShort.exitCode()).isEqualTo(1);
        assertThat(tooShort.output()).contains("key k1 has 5 bytes; a seal key needs at least 32 random bytes");
    }

    @Test
    void theAllowedAccountsAreReportedAndLeavingThemUnsetIsAWarning() {
        Run unset = doctor();
        env.put("PEERBOT_ACCOUNTS", ACCOUNT_B);
        Run listed = doctor();

        assertThat(unset.exitCode()).isZero();
        assertThat(unset.line("⚠️ allowed accounts")).contains("PEERBOT_ACCOUNTS is not set",
                "every account the role " + ROLE + " reaches is allowed");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.line("✅ allowed accounts")).contains(ACCOUNT_A + " (the bot's own), " + ACCOUNT_B);
    }

    @Test
    void aWatchedAccountOutsideTheAllowedOnesFailsAndNoRoleIsAssumedThere() {
        String outsider = "999999999999";
        ec2.seed().account(outsider).role("peerbot").region("us-east-1");
        env.put("PEERBOT_ACCOUNTS", ACCOUNT_B);
        env.put("PEERBOT_WATCH", ACCOUNT_B + ":" + Org.REGION_B + "," + outsider + ":us-east-1");

        Run run = doctor();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("❌ allowed accounts")).contains("PEERBOT_WATCH names " + outsider + ":us-east-1",
                "not in PEERBOT_ACCOUNTS");
        assertThat(run.line("✅ sts:AssumeRole arn:aws:iam::" + ACCOUNT_B + ":role/peerbot")).contains("assumed");
        assertThat(ec2.calls().all()).noneMatch(c -> outsider.equals(c.account()));
        assertThat(ec2.calls().of("AssumeRole")).hasSize(1);
    }

    @Test
    void theOrganisationsAccountsAreReadWithListAccountsAndCounted() {
        env.put("PEERBOT_ACCOUNTS", "organization");
        int members = ec2.organization().members(ACCOUNT_A).size();

        Run run = doctor();

        assertThat(run.exitCode()).isZero();
        assertThat(run.line("✅ allowed accounts")).contains("organizations:ListAccounts works",
                members + " account(s) of the AWS Organization", ACCOUNT_A + " (the bot's own)");
        assertThat(ec2.calls().of("ListAccounts")).isNotEmpty().allSatisfy(c -> {
            assertThat(c.account()).isEqualTo(ACCOUNT_A);
            assertThat(c.succeeded()).isTrue();
        });
    }

    @Test
    void listAccountsDeniedFailsNamingThePermissionAndNoWatchedRoleIsAssumed() {
        env.put("PEERBOT_ACCOUNTS", "organization");
        ec2.deny(ACCOUNT_A, "organizations:ListAccounts");

        Run run = doctor();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.line("❌ allowed accounts")).contains("organizations:ListAccounts", "AccessDeniedException",
                "management account", "delegated administrator");
        assertThat(ec2.calls().of("AssumeRole")).isEmpty();
    }
}
