package io.peerbot.adapter.aws.lease;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.DynamoDbClients;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.application.doctor.Check;
import io.peerbot.application.port.CloudException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * What {@code peerbot doctor} checks of the lock table ({@code PEERBOT_LOCK_TABLE}): that it exists in the bot's
 * home region with the key the bot writes (one string partition key {@value LockTable#KEY}), that its time to live
 * is on {@value LockTable#EXPIRES_AT} ({@link LockTableTimeToLive}), and that the bot may do what replicas do on
 * it — a conditional write, an update, a consistent read and a conditional delete, tried on a probe item of its
 * own that is removed again (and would expire by the table's time to live if it were not).
 */
public final class LockTableDoctor {
    /** Every DynamoDB action the bot calls on the lock table, as IAM names them without {@code dynamodb:}. */
    public static final List<String> ACTIONS = List.of("DescribeTable", "DescribeTimeToLive", "GetItem", "PutItem",
            "UpdateItem", "DeleteItem");
    /** Of those, the ones only doctor calls (the bot's identity needs them for doctor). */
    public static final List<String> DOCTOR_ONLY = List.of("DescribeTable", "DescribeTimeToLive");
    private static final RetrySettings RETRY = new RetrySettings(3, Duration.ofMillis(100), Duration.ofMillis(500),
            Duration.ofSeconds(2));
    private static final String POLICY_FILE = "iam/peerbot-policy.json";

    private LockTableDoctor() {
    }

    /** The checks of the table {@code name}, reached as the bot reaches it (fewer retries: doctor answers soon). */
    public static List<Check> check(AwsSettings settings, String name) {
        LockTable table;
        try {
            table = new LockTable(DynamoDbClients.home(settings.withRetry(RETRY)), name);
        } catch (CloudException e) {
            return List.of(Check.fail("lock table " + name + " (PEERBOT_LOCK_TABLE)", e.getMessage(),
                    "set AWS_REGION to the bot's home region, where the table is"));
        }
        try (table) {
            return check(table);
        }
    }

    static List<Check> check(LockTable table) {
        List<Check> checks = new ArrayList<>();
        String subject = "lock table " + table.name() + " (PEERBOT_LOCK_TABLE)";
        TableDescription description;
        try {
            description = table.call("DescribeTable", () -> table.client()
                    .describeTable(r -> r.tableName(table.name())).table());
        } catch (CloudException e) {
            checks.add(failure(subject, table, placeholderArn(table), e));
            return checks;
        }
        String arn = description.tableArn() != null ? description.tableArn() : placeholderArn(table);
        List<KeySchemaElement> key = description.keySchema();
        boolean expectedKey = key.size() == 1 && LockTable.KEY.equals(key.get(0).attributeName())
                && description.attributeDefinitions().stream().anyMatch(d -> LockTable.KEY.equals(d.attributeName())
                && "S".equals(d.attributeTypeAsString()));
        if (!expectedKey) {
            String found = String.join(", ", key.stream().map(k -> k.attributeName() + " (" + k.keyTypeAsString()
                    + ")").toList());
            checks.add(Check.fail(subject, "its key is " + found + ", not the one string partition key "
                    + LockTable.KEY + " the bot writes", "make a table with the bot's key and point "
                    + "PEERBOT_LOCK_TABLE at it: " + LockTable.createCommand(table.name(), table.region())));
            return checks;
        }
        if (!"ACTIVE".equals(description.tableStatusAsString())) {
            checks.add(Check.unverified(subject, "is " + description.tableStatusAsString() + ", not ACTIVE",
                    "run peerbot doctor again once the table is ACTIVE"));
            return checks;
        }
        checks.add(Check.ok(subject, "present in " + table.region() + " (" + arn + "), partition key "
                + LockTable.KEY + " (string)"));
        checks.add(LockTableTimeToLive.check(table, e -> failure(LockTableTimeToLive.SUBJECT, table, arn, e)));
        checks.add(probe(table, arn));
        return checks;
    }

    /** A conditional put, update, consistent read and conditional delete of an item only this check uses. */
    private static Check probe(LockTable table, String arn) {
        String subject = "lock table conditional writes (dynamodb:PutItem, UpdateItem, GetItem, DeleteItem)";
        String key = "doctor#" + UUID.randomUUID();
        String token = UUID.randomUUID().toString();
        Map<String, AttributeValue> id = Map.of(LockTable.KEY, AttributeValue.fromS(key));
        long removable = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        boolean written = false;
        try {
            table.call("PutItem", () -> table.client().putItem(r -> r.tableName(table.name())
                    .item(Map.of(LockTable.KEY, AttributeValue.fromS(key), "holder", AttributeValue.fromS(token),
                            LockTable.EXPIRES_AT, AttributeValue.fromN(Long.toString(removable))))
                    .conditionExpression("attribute_not_exists(#key)")
                    .expressionAttributeNames(Map.of("#key", LockTable.KEY))));
            written = true;
            table.call("UpdateItem", () -> table.client().updateItem(r -> r.tableName(table.name()).key(id)
                    .updateExpression("SET #checked = :checked").conditionExpression("#holder = :token")
                    .expressionAttributeNames(Map.of("#checked", "checked", "#holder", "holder"))
                    .expressionAttributeValues(Map.of(":checked", AttributeValue.fromS("yes"),
                            ":token", AttributeValue.fromS(token)))));
            Map<String, AttributeValue> read = table.call("GetItem", () -> table.client()
                    .getItem(r -> r.tableName(table.name()).key(id).consistentRead(true)).item());
            if (read == null || !read.containsKey("checked")) {
                return Check.fail(subject, "a consistent read did not see the probe item just written",
                        "the table must be a DynamoDB table in " + table.region() + ", read with ConsistentRead");
            }
            table.call("DeleteItem", () -> table.client().deleteItem(r -> r.tableName(table.name()).key(id)
                    .conditionExpression("#holder = :token")
                    .expressionAttributeNames(Map.of("#holder", "holder"))
                    .expressionAttributeValues(Map.of(":token", AttributeValue.fromS(token)))));
            written = false;
            return Check.ok(subject, "a conditional write, update, read and delete of a probe item worked");
        } catch (ConditionalCheckFailedException e) {
            return Check.fail(subject, "a condition on the probe item " + key + " failed where it must hold",
                    "check that nothing else writes to the table's doctor# items");
        } catch (CloudException e) {
            return failure(subject, table, arn, e);
        } finally {
            if (written) {
                removeQuietly(table, id);
            }
        }
    }

    private static void removeQuietly(LockTable table, Map<String, AttributeValue> id) {
        try {
            table.call("DeleteItem", () -> table.client().deleteItem(r -> r.tableName(table.name()).key(id)));
        } catch (RuntimeException e) {
            // the probe item expires by the table's time to live
        }
    }

    private static Check failure(String subject, LockTable table, String arn, CloudException e) {
        if ("ResourceNotFoundException".equals(e.code())) {
            return Check.fail(subject, "does not exist in " + table.region(),
                    "create it: " + LockTable.createCommand(table.name(), table.region()));
        }
        if (e.permissionDenied()) {
            return Check.fail(subject, "dynamodb:" + e.action() + " is not allowed",
                    "allow dynamodb:" + String.join(", dynamodb:", ACTIONS) + " on " + arn + " (" + POLICY_FILE + ")");
        }
        return Check.fail(subject, "could not ask DynamoDB: " + e.getMessage(),
                "check the network path to DynamoDB in " + table.region() + " and try again");
    }

    private static String placeholderArn(LockTable table) {
        return "arn:aws:dynamodb:" + table.region() + ":<account>:table/" + table.name();
    }
}
