package io.peerbot.standin.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.standin.ec2.seed.VpcSeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.services.sts.model.StsException;

class StsTest {
    private static final String HOME = "111122223333";
    private static final String OTHER = "222233334444";

    private Ec2StandIn standIn;
    private StsClient sts;
    private VpcSeed billing;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        standIn.seed().account(HOME).region("us-east-1").vpc("app-vpc", "10.0.0.0/16");
        billing = standIn.seed().account(OTHER).role("peerbot").region("eu-west-1").vpc("billing", "10.20.0.0/16");
        sts = Clients.sts(standIn, standIn.credentialsFor(HOME).provider(), "us-east-1");
    }

    @AfterEach
    void stop() {
        sts.close();
        standIn.close();
    }

    @Test
    void callerIdentityNamesTheAccount() {
        var identity = sts.getCallerIdentity();

        assertThat(identity.account()).isEqualTo(HOME);
        assertThat(identity.arn()).isEqualTo("arn:aws:iam::" + HOME + ":user/peerbot");
        assertThat(identity.userId()).startsWith("AIDA");
    }

    @Test
    void assumedRoleActsInTheOtherAccount() {
        var provider = StsAssumeRoleCredentialsProvider.builder().stsClient(sts)
                .refreshRequest(r -> r.roleArn("arn:aws:iam::" + OTHER + ":role/peerbot").roleSessionName("peerbot"))
                .build();
        try (provider; Ec2Client ec2 = Clients.ec2(standIn, provider, "eu-west-1", AwsRetryStrategy.doNotRetry());
             StsClient asOther = Clients.sts(standIn, provider, "eu-west-1")) {
            assertThat(ec2.describeVpcs().vpcs()).extracting(v -> v.vpcId()).containsExactly(billing.id());
            assertThat(asOther.getCallerIdentity().arn())
                    .isEqualTo("arn:aws:sts::" + OTHER + ":assumed-role/peerbot/peerbot");
        }
        assertThat(standIn.calls().of("DescribeVpcs")).singleElement()
                .satisfies(c -> assertThat(c.account()).isEqualTo(OTHER));
    }

    @Test
    void anUnknownRoleIsAccessDenied() {
        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + OTHER + ":role/admin")
                .roleSessionName("peerbot"))).isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied");
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorMessage()).contains("sts:AssumeRole");
                });
    }

    @Test
    void aDeniedAssumeRoleIsAccessDenied() {
        standIn.deny(HOME, "sts:AssumeRole");

        assertThatThrownBy(() -> sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + OTHER + ":role/peerbot")
                .roleSessionName("peerbot"))).isInstanceOfSatisfying(StsException.class,
                e -> assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDenied"));
    }

    @Test
    void recordsTheSessionNameAndSourceIdentityOfEachAssumeRole() {
        var role = sts.assumeRole(r -> r.roleArn("arn:aws:iam::" + OTHER + ":role/peerbot")
                .roleSessionName("peerbot-U0ALICE01-pcx-0a1b2c3d").sourceIdentity("U0ALICE01"));

        assertThat(role.sourceIdentity()).isEqualTo("U0ALICE01");
        assertThat(role.assumedRoleUser().arn())
                .isEqualTo("arn:aws:sts::" + OTHER + ":assumed-role/peerbot/peerbot-U0ALICE01-pcx-0a1b2c3d");
        assertThat(standIn.identities().sessions()).singleElement().satisfies(session -> {
            assertThat(session.roleArn()).isEqualTo("arn:aws:iam::" + OTHER + ":role/peerbot");
            assertThat(session.sessionName()).isEqualTo("peerbot-U0ALICE01-pcx-0a1b2c3d");
            assertThat(session.sourceIdentity()).contains("U0ALICE01");
        });
    }

    @ParameterizedTest(name = "[{index}] {0}={1}")
    @CsvSource(delimiter = '|', value = {
            "roleSessionName|x|Member must have length greater than or equal to 2",
            "roleSessionName|alice smith|Member must satisfy regular expression pattern: [\\w+=,.@-]*",
            "roleSessionName|0123456789012345678901234567890123456789012345678901234567890123456789|"
                    + "Member must have length less than or equal to 64",
            "sourceIdentity|aws:U0ALICE01|Member must satisfy regular expression pattern",
            "sourceIdentity|U|Member must have length greater than or equal to 2",
            "sourceIdentity|alice/smith|Member must satisfy regular expression pattern"})
    void anInvalidSessionNameOrSourceIdentityIsAValidationErrorAndNoSession(String member, String value,
                                                                            String message) {
        String arn = "arn:aws:iam::" + OTHER + ":role/peerbot";
        assertThatThrownBy(() -> sts.assumeRole(member.equals("roleSessionName")
                ? r -> r.roleArn(arn).roleSessionName(value)
                : r -> r.roleArn(arn).roleSessionName("peerbot").sourceIdentity(value)))
                .isInstanceOfSatisfying(StsException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationError");
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("1 validation error detected: Value '"
                            + value + "' at '" + member + "' failed to satisfy constraint: ").contains(message);
                });
        assertThat(standIn.identities().sessions()).isEmpty();
    }
}
