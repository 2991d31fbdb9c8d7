package io.peerbot.standin.ec2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/** DynamoDB's conditional writes through the real SDK's DynamoDbClient, as a lock table uses them. */
class DynamoDbTest {
    private static final String ACCOUNT = "111122223333";
    private static final String OTHER_ACCOUNT = "444455556666";
    private static final String REGION = "eu-west-1";
    private static final String TABLE = "peerbot-locks";
    private static final String FREE = "attribute_not_exists(#id) OR #expires <= :now";

    private Ec2StandIn standIn;
    private DynamoDbClient dynamo;

    @BeforeEach
    void start() {
        standIn = new Ec2StandIn().start();
        standIn.dynamodb().createTable(ACCOUNT, REGION, TABLE, "id");
        dynamo = client(ACCOUNT);
    }

    @AfterEach
    void stop() {
        dynamo.close();
        standIn.close();
    }

    private DynamoDbClient client(String account) {
        return DynamoDbClient.builder()
                .endpointOverride(standIn.endpoint())
                .region(Region.of(REGION))
                .credentialsProvider(standIn.credentialsFor(account).provider())
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build();
    }

    private static Map<String, AttributeValue> lease(String key, String holder, long expires) {
        return Map.of("id", s(key), "holder", s(holder), "expires", n(expires));
    }

    private static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    private static AttributeValue n(long number) {
        return AttributeValue.fromN(Long.toString(number));
    }

    private void take(String key, String holder, long expires, long now) {
        dynamo.putItem(r -> r.tableName(TABLE).item(lease(key, holder, expires))
                .conditionExpression(FREE)
                .expressionAttributeNames(Map.of("#id", "id", "#expires", "expires"))
                .expressionAttributeValues(Map.of(":now", n(now))));
    }

    @Test
    void describesTheTableWithItsStringHashKey() {
        TableDescription table = dynamo.describeTable(r -> r.tableName(TABLE)).table();

        assertThat(table.tableName()).isEqualTo(TABLE);
        assertThat(table.tableArn()).isEqualTo("arn:aws:dynamodb:" + REGION + ":" + ACCOUNT + ":table/" + TABLE);
        assertThat(table.tableStatusAsString()).isEqualTo("ACTIVE");
        assertThat(table.keySchema()).singleElement().satisfies(k -> {
            assertThat(k.attributeName()).isEqualTo("id");
            assertThat(k.keyType()).isEqualTo(KeyType.HASH);
        });
        assertThat(table.attributeDefinitions()).singleElement()
                .satisfies(d -> assertThat(d.attributeTypeAsString()).isEqualTo("S"));
    }

    @Test
    void aTableLivesInOneAccountAndRegion() {
        try (DynamoDbClient other = client(OTHER_ACCOUNT)) {
            assertThatThrownBy(() -> other.describeTable(r -> r.tableName(TABLE)))
                    .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.getMessage()).contains("Table: " + TABLE + " not found");
                    });
            assertThatThrownBy(() -> other.getItem(r -> r.tableName(TABLE).key(Map.of("id", s("x")))))
                    .isInstanceOf(ResourceNotFoundException.class);
        }
    }

    @Test
    void aConditionalPutTakesAFreeKeyOnceAndAnExpiredOneAgain() {
        take("pcx-1", "replica-a", 2_000, 1_000);

        assertThatThrownBy(() -> take("pcx-1", "replica-b", 3_000, 1_500))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ConditionalCheckFailedException");
                    assertThat(e.getMessage()).contains("The conditional request failed");
                });
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "pcx-1")).hasValueSatisfying(
                item -> assertThat(item).containsEntry("holder", "replica-a").containsEntry("expires", "2000"));

        take("pcx-1", "replica-b", 4_000, 2_000);

        Map<String, AttributeValue> item = dynamo.getItem(r -> r.tableName(TABLE).key(Map.of("id", s("pcx-1")))
                .consistentRead(true)).item();
        assertThat(item).containsEntry("holder", s("replica-b")).containsEntry("expires", n(4_000));
    }

    @Test
    void aFailedConditionReturnsTheItemAsItStandsWhenAskedTo() {
        take("pcx-1", "replica-a", 2_000, 1_000);

        assertThatThrownBy(() -> dynamo.putItem(r -> r.tableName(TABLE).item(lease("pcx-1", "replica-b", 3_000))
                .conditionExpression("attribute_not_exists(#id)")
                .expressionAttributeNames(Map.of("#id", "id"))
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
                .isInstanceOfSatisfying(ConditionalCheckFailedException.class,
                        e -> assertThat(e.item()).containsEntry("holder", s("replica-a")));
    }

    @Test
    void anUpdateConditionedOnTheHolderRenewsOnlyForTheHolder() {
        take("pcx-1", "replica-a", 2_000, 1_000);
        Map<String, String> names = Map.of("#holder", "holder", "#expires", "expires");

        Map<String, AttributeValue> after = dynamo.updateItem(r -> r.tableName(TABLE).key(Map.of("id", s("pcx-1")))
                .updateExpression("SET #expires = :expires")
                .conditionExpression("#holder = :me")
                .expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":expires", n(9_000), ":me", s("replica-a")))
                .returnValues(ReturnValue.ALL_NEW)).attributes();
        assertThat(after).containsEntry("expires", n(9_000)).containsEntry("holder", s("replica-a"));

        assertThatThrownBy(() -> dynamo.updateItem(r -> r.tableName(TABLE).key(Map.of("id", s("pcx-1")))
                .updateExpression("SET #expires = :expires")
                .conditionExpression("#holder = :me")
                .expressionAttributeNames(names)
                .expressionAttributeValues(Map.of(":expires", n(12_000), ":me", s("replica-b")))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "pcx-1"))
                .hasValueSatisfying(item -> assertThat(item).containsEntry("expires", "9000"));
    }

    @Test
    void aConditionalUpdateOfAMissingItemCreatesItOnlyWhenTheConditionHolds() {
        Map<String, String> names = Map.of("#id", "id", "#seq", "seq");
        for (long seq : new long[] {3, 5, 4, 5}) {
            try {
                dynamo.updateItem(r -> r.tableName(TABLE).key(Map.of("id", s("record#pcx-1")))
                        .updateExpression("SET #seq = :seq")
                        .conditionExpression("attribute_not_exists(#id) OR #seq < :seq")
                        .expressionAttributeNames(names)
                        .expressionAttributeValues(Map.of(":seq", n(seq))));
            } catch (ConditionalCheckFailedException e) {
                assertThat(seq).isLessThanOrEqualTo(5);
            }
        }

        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "record#pcx-1"))
                .hasValue(Map.of("id", "record#pcx-1", "seq", "5"));
        assertThatThrownBy(() -> dynamo.updateItem(r -> r.tableName(TABLE).key(Map.of("id", s("absent")))
                .updateExpression("SET #seq = :seq").conditionExpression("attribute_exists(#seq)")
                .expressionAttributeNames(Map.of("#seq", "seq")).expressionAttributeValues(Map.of(":seq", n(1)))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "absent")).isEmpty();
    }

    @Test
    void comparisonsAndParenthesesFollowDynamoDbsPrecedence() {
        dynamo.putItem(r -> r.tableName(TABLE).item(Map.of("id", s("k"), "a", n(5), "b", s("x"))));
        record Case(String expression, boolean holds) {
        }
        List<Case> cases = List.of(
                new Case("#a > :four AND #a <= :five", true),
                new Case("#a < :five", false),
                new Case("#a >= :five AND #a <> :four", true),
                new Case("#b = :four OR #a = :five AND #b = :x", true),
                new Case("(#b = :four OR #a = :five) AND #b = :y", false),
                new Case("#b = :four OR (#a = :five AND #b = :y)", false),
                new Case("#a = :x", false),
                new Case("#missing = :five OR attribute_not_exists(#missing)", true),
                new Case("#missing < :five", false));
        for (Case c : cases) {
            Map<String, String> names = new HashMap<>(Map.of("#a", "a", "#b", "b"));
            if (c.expression().contains("#missing")) {
                names = Map.of("#missing", "missing");
            }
            Map<String, AttributeValue> values = new HashMap<>();
            for (String v : new String[] {":four", ":five", ":x", ":y"}) {
                if (c.expression().contains(v)) {
                    values.put(v, switch (v) {
                        case ":four" -> n(4);
                        case ":five" -> n(5);
                        case ":x" -> s("x");
                        default -> s("y");
                    });
                }
            }
            Map<String, String> usedNames = new HashMap<>();
            names.forEach((k, v) -> {
                if (c.expression().contains(k)) {
                    usedNames.put(k, v);
                }
            });
            boolean held;
            try {
                dynamo.updateItem(r -> r.tableName(TABLE).key(Map.of("id", s("k")))
                        .updateExpression("SET checked = :five")
                        .conditionExpression(c.expression())
                        .expressionAttributeNames(usedNames)
                        .expressionAttributeValues(withFive(values)));
                held = true;
            } catch (ConditionalCheckFailedException e) {
                held = false;
            }
            assertThat(held).as(c.expression()).isEqualTo(c.holds());
        }
    }

    private static Map<String, AttributeValue> withFive(Map<String, AttributeValue> values) {
        Map<String, AttributeValue> all = new HashMap<>(values);
        all.put(":five", n(5));
        return all;
    }

    @Test
    void aDeleteConditionedOnTheHolderLeavesAnotherHoldersItem() {
        take("pcx-1", "replica-b", 9_000, 1_000);

        assertThatThrownBy(() -> dynamo.deleteItem(r -> r.tableName(TABLE).key(Map.of("id", s("pcx-1")))
                .conditionExpression("#holder = :me")
                .expressionAttributeNames(Map.of("#holder", "holder"))
                .expressionAttributeValues(Map.of(":me", s("replica-a")))))
                .isInstanceOf(ConditionalCheckFailedException.class);
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "pcx-1")).isPresent();

        Map<String, AttributeValue> old = dynamo.deleteItem(r -> r.tableName(TABLE).key(Map.of("id", s("pcx-1")))
                .conditionExpression("#holder = :me")
                .expressionAttributeNames(Map.of("#holder", "holder"))
                .expressionAttributeValues(Map.of(":me", s("replica-b")))
                .returnValues(ReturnValue.ALL_OLD)).attributes();
        assertThat(old).containsEntry("holder", s("replica-b"));
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "pcx-1")).isEmpty();
    }

    @Test
    void ofTwentyRacingConditionalPutsExactlyOneWins() throws Exception {
        int racers = 20;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                String holder = "replica-" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        take("pcx-race", holder, 10_000, 1_000);
                        return true;
                    } catch (ConditionalCheckFailedException e) {
                        return false;
                    }
                }));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(standIn.calls().of("PutItem")).hasSize(20)
                .filteredOn(c -> "ConditionalCheckFailedException".equals(c.errorCode())).hasSize(19);
    }

    @Test
    void expressionsItDoesNotModelAreRefusedNotIgnored() {
        take("pcx-1", "replica-a", 2_000, 1_000);
        for (String expression : List.of("NOT attribute_exists(#h)", "begins_with(#h, :v)", "#h BETWEEN :v AND :v",
                "#h IN (:v)", "size(#h) > :v", "#h = :v AND", "#h == :v", "#h.x = :v")) {
            assertThatThrownBy(() -> dynamo.deleteItem(r -> r.tableName(TABLE).key(Map.of("id", s("pcx-1")))
                    .conditionExpression(expression)
                    .expressionAttributeNames(Map.of("#h", "holder"))
                    .expressionAttributeValues(Map.of(":v", s("replica-a")))))
                    .as(expression)
                    .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                        assertThat(e.getMessage()).contains("Invalid ConditionExpression");
                    });
        }
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "pcx-1")).isPresent();
    }

    @Test
    void placeholdersMustBeDefinedAndUsed() {
        assertThatThrownBy(() -> dynamo.deleteItem(r -> r.tableName(TABLE).key(Map.of("id", s("k")))
                .conditionExpression("#h = :v").expressionAttributeNames(Map.of("#h", "holder"))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.getMessage())
                        .contains("An expression attribute value used in expression is not defined; attribute "
                                + "value: :v"));
        assertThatThrownBy(() -> dynamo.deleteItem(r -> r.tableName(TABLE).key(Map.of("id", s("k")))
                .conditionExpression("#h = :v").expressionAttributeNames(Map.of("#h", "holder", "#x", "x"))
                .expressionAttributeValues(Map.of(":v", s("a")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> assertThat(e.getMessage())
                        .contains("Value provided in ExpressionAttributeNames unused in expressions: keys: {#x}"));
    }

    @Test
    void keysAndTypesItDoesNotKeepAreRefused() {
        assertThatThrownBy(() -> dynamo.putItem(r -> r.tableName(TABLE).item(Map.of("key", s("k")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e ->
                        assertThat(e.getMessage()).contains("Missing the key id in the item"));
        assertThatThrownBy(() -> dynamo.putItem(r -> r.tableName(TABLE)
                .item(Map.of("id", s("k"), "flag", AttributeValue.fromBool(true)))))
                .isInstanceOfSatisfying(DynamoDbException.class, e ->
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
        assertThatThrownBy(() -> dynamo.updateItem(r -> r.tableName(TABLE).key(Map.of("id", s("k")))
                .updateExpression("SET #id = :v").expressionAttributeNames(Map.of("#id", "id"))
                .expressionAttributeValues(Map.of(":v", s("other")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e ->
                        assertThat(e.getMessage()).contains("This attribute is part of the key"));
        assertThatThrownBy(() -> dynamo.getItem(r -> r.tableName(TABLE).key(Map.of("key", s("k")))))
                .isInstanceOfSatisfying(DynamoDbException.class, e ->
                        assertThat(e.getMessage()).contains("The provided key element does not match the schema"));
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "k")).isEmpty();
    }

    @Test
    void aDeniedActionIsAccessDenied() {
        standIn.deny(ACCOUNT, "dynamodb:PutItem");

        assertThatThrownBy(() -> take("pcx-1", "replica-a", 2_000, 1_000))
                .isInstanceOfSatisfying(DynamoDbException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                    assertThat(e.getMessage()).contains("dynamodb:PutItem");
                });
        assertThat(standIn.dynamodb().item(ACCOUNT, REGION, TABLE, "pcx-1")).isEmpty();
        assertThat(dynamo.describeTable(r -> r.tableName(TABLE)).table().tableName()).isEqualTo(TABLE);
    }
}
