package io.peerbot.standin.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveSpecification;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/** DynamoDB's {@code DescribeTimeToLive} and {@code UpdateTimeToLive} through the real SDK's DynamoDbClient. */
class DynamoDbTimeToLiveTest {
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String TABLE = "peerbot-locks";
    private static final String WITH_TTL = "peerbot-locks-ttl";

    private Ec2StandIn standIn;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        standIn.dynamodb().createTable(ACCOUNT, REGION, TABLE, "id");
        standIn.dynamodb().createTable(ACCOUNT, REGION, WITH_TTL, "id", "expires_at");
        dynamo = DynamoDbClient.builder()
                .endpointOverride(standIn.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(standIn.credentialsFor(ACCOUNT).provider())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    @AfterEach
    void stop() {
        dynamo.close();
        standIn.close();
    }

    private TimeToLiveDescription described(String table) {
        return dynamo.describeTimeToLive(r -> r.tableName(table)).timeToLiveDescription();
    }

    private TimeToLiveSpecification update(String table, boolean enabled, String attribute) {
        return dynamo.updateTimeToLive(r -> r.tableName(table)
                .timeToLiveSpecification(s -> s.enabled(enabled).attributeName(attribute))).timeToLiveSpecification();
    }

    @Test
    void aTableMadeAsCreateTableMakesItHasItsTimeToLiveDisabled() {
        TimeToLiveDescription ttl = described(TABLE);

        assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
        assertThat(ttl.attributeName()).isNull();
    }

    @Test
    void aTableMadeWithATimeToLiveHasItEnabledOnItsAttribute() {
        TimeToLiveDescription ttl = described(WITH_TTL);

        assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(ttl.attributeName()).isEqualTo("expires_at");
    }

    @Test
    void enablingItAnswersWithTheSpecificationAndIsDescribedSo() {
        TimeToLiveSpecification answer = update(TABLE, true, "expires_at");

        assertThat(answer.enabled()).isTrue();
        assertThat(answer.attributeName()).isEqualTo("expires_at");
        assertThat(described(TABLE).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
        assertThat(described(TABLE).attributeName()).isEqualTo("expires_at");
    }

    @Test
    void enablingWhatIsEnabledEvenOnAnotherAttributeIsRefused() {
        for (String attribute : new String[] {"expires_at", "ttl"}) {
            assertThatThrownBy(() -> update(WITH_TTL, true, attribute))
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.getMessage()).contains("TimeToLive is already enabled");
                    });
        }
        assertThat(described(WITH_TTL).attributeName()).isEqualTo("expires_at");
    }

    @Test
    void disablingWhatIsDisabledIsRefused() {
        assertThatThrownBy(() -> update(TABLE, false, "expires_at"))
                .isInstanceOfSatisfying(DynamoDbException.class,
                        e -> assertThat(e.getMessage()).contains("TimeToLive is already disabled"));
    }

    @Test
    void aSecondChangeWithinTheHourIsRefusedAndChangesNothing() {
        update(WITH_TTL, false, "expires_at");
        assertThat(described(WITH_TTL).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);

        assertThatThrownBy(() -> update(WITH_TTL, true, "ttl"))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.getMessage()).contains("modified multiple times within a fixed interval");
                });
        assertThat(described(WITH_TTL).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
    }

    @Test
    void aSpecificationWithoutItsAttributeOrItsSwitchIsRefused() {
        assertThatThrownBy(() -> dynamo.updateTimeToLive(r -> r.tableName(TABLE)
                .timeToLiveSpecification(s -> s.enabled(true))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.getMessage()).contains("timeToLiveSpecification.attributeName");
                });
        assertThatThrownBy(() -> dynamo.updateTimeToLive(r -> r.tableName(TABLE)
                .timeToLiveSpecification(s -> s.attributeName("expires_at"))))
                .isInstanceOfSatisfying(DynamoDbException.class,
                        e -> assertThat(e.getMessage()).contains("timeToLiveSpecification.enabled"));
        assertThatThrownBy(() -> dynamo.updateTimeToLive(r -> r.tableName(TABLE)))
                .isInstanceOfSatisfying(DynamoDbException.class,
                        e -> assertThat(e.getMessage()).contains("'timeToLiveSpecification'"));
        assertThat(described(TABLE).timeToLiveStatus()).isEqualTo(TimeToLiveStatus.DISABLED);
    }

    @Test
    void aMissingTableIsNotFound() {
        assertThatThrownBy(() -> described("no-such-table")).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> update("no-such-table", true, "expires_at"))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aDeniedDescribeIsAccessDeniedWhileTheTableIsStillDescribed() {
        standIn.deny(ACCOUNT, "dynamodb:DescribeTimeToLive");

        assertThatThrownBy(() -> described(WITH_TTL))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.getMessage()).contains("dynamodb:DescribeTimeToLive");
                });
        assertThat(dynamo.describeTable(r -> r.tableName(WITH_TTL)).table().tableName()).isEqualTo(WITH_TTL);
    }
}
