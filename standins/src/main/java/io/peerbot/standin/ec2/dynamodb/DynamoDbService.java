package io.peerbot.standin.ec2.dynamodb;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.http.AwsRequest;
import io.peerbot.standin.ec2.http.AwsResponse;
import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.CallContext;
import io.peerbot.standin.ec2.http.JsonProtocolService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * DynamoDB over the AWS JSON 1.0 protocol ({@code X-Amz-Target: DynamoDB_20120810.<Action>}) for tables with a
 * string partition key and string or number attributes: {@code DescribeTable}, {@code GetItem}, {@code PutItem},
 * {@code UpdateItem} and {@code DeleteItem}, {@code DescribeTimeToLive} and {@code UpdateTimeToLive}
 * ({@link TimeToLive}), with {@code ConditionExpression} ({@link Condition}), {@code SET}/
 * {@code REMOVE} updates ({@link Update}), {@code ReturnValues} and {@code ReturnValuesOnConditionCheckFailure}.
 * It answers as DynamoDB does: {@code ConditionalCheckFailedException} for a condition that does not hold,
 * {@code ResourceNotFoundException} for a table that is not there, {@code ValidationException} for a malformed
 * request, and {@code AccessDeniedException} for an action denied with {@code Ec2StandIn.deny(account,
 * "dynamodb:PutItem")}. Anything it does not model (other expression forms, legacy parameters, projections) is
 * refused with a ValidationException, never ignored. Tables live per account and region, made with
 * {@link #createTable}, with or without a time to live; items are never removed by it here.
 */
public final class DynamoDbService implements JsonProtocolService {
    private static final String TARGET_PREFIX = "DynamoDB_20120810.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";
    private static final Pattern TABLE_NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");
    private static final Set<String> LEGACY = Set.of("Expected", "ConditionalOperator", "AttributeUpdates",
            "AttributesToGet", "ProjectionExpression");

    private record TableId(String account, String region, String name) {
    }

    private final Clock clock;
    private final Map<TableId, Table> tables = new ConcurrentHashMap<>();

    public DynamoDbService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Makes a table in an account and region, as {@code aws dynamodb create-table} with one string
     * {@code HASH} key attribute and on-demand billing would; replaces a table of the same name.
     *
     * @return the table's ARN
     */
    public String createTable(String account, String region, String name, String keyAttribute) {
        return createTable(account, region, name, keyAttribute, TimeToLive.disabled());
    }

    /**
     * As {@link #createTable(String, String, String, String)}, followed by {@code aws dynamodb update-time-to-live}
     * enabling the time to live on {@code timeToLiveAttribute}, long enough ago for it to be {@code ENABLED}.
     *
     * @return the table's ARN
     */
    public String createTable(String account, String region, String name, String keyAttribute,
                              String timeToLiveAttribute) {
        return createTable(account, region, name, keyAttribute, TimeToLive.enabledOn(timeToLiveAttribute));
    }

    private String createTable(String account, String region, String name, String keyAttribute,
                               TimeToLive timeToLive) {
        if (!TABLE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a DynamoDB table name: " + name);
        }
        String arn = "arn:aws:dynamodb:" + region + ":" + account + ":table/" + name;
        tables.put(new TableId(account, region, name),
                new Table(name, arn, keyAttribute, clock.instant(), timeToLive));
        return arn;
    }

    /** Removes a table and its items. */
    public void deleteTable(String account, String region, String name) {
        tables.remove(new TableId(account, region, name));
    }

    /**
     * An item as it stands, its attributes as text (numbers as DynamoDB's decimal text), for assertions; empty
     * when there is no such item.
     */
    public Optional<Map<String, String>> item(String account, String region, String table, String key) {
        Table t = tables.get(new TableId(account, region, table));
        if (t == null) {
            return Optional.empty();
        }
        return t.get(key).map(item -> {
            Map<String, String> out = new LinkedHashMap<>();
            item.forEach((name, value) -> out.put(name, value.text()));
            return out;
        });
    }

    /** The keys of a table's items, sorted; empty when there is no such table. */
    public List<String> keys(String account, String region, String table) {
        Table t = tables.get(new TableId(account, region, table));
        return t == null ? List.of() : t.keys();
    }

    @Override
    public String signingName() {
        return "dynamodb";
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public AwsResponse handle(CallContext call) {
        JsonObject in = parse(call.request().bodyText());
        JsonObject out = switch (call.action()) {
            case "DescribeTable" -> describeTable(call, in);
            case "GetItem" -> getItem(call, in);
            case "PutItem" -> putItem(call, in);
            case "UpdateItem" -> updateItem(call, in);
            case "DeleteItem" -> deleteItem(call, in);
            case "DescribeTimeToLive" -> describeTimeToLive(call, in);
            case "UpdateTimeToLive" -> updateTimeToLive(call, in);
            default -> throw unknownAction(call.action());
        };
        return json(200, out);
    }

    private JsonObject describeTable(CallContext call, JsonObject in) {
        Table table = table(call, in);
        JsonObject key = new JsonObject();
        key.addProperty("AttributeName", table.keyAttribute());
        key.addProperty("KeyType", "HASH");
        JsonArray keySchema = new JsonArray();
        keySchema.add(key);
        JsonObject definition = new JsonObject();
        definition.addProperty("AttributeName", table.keyAttribute());
        definition.addProperty("AttributeType", "S");
        JsonArray definitions = new JsonArray();
        definitions.add(definition);
        JsonObject billing = new JsonObject();
        billing.addProperty("BillingMode", "PAY_PER_REQUEST");
        JsonObject description = new JsonObject();
        description.addProperty("TableName", table.name());
        description.addProperty("TableArn", table.arn());
        description.addProperty("TableStatus", "ACTIVE");
        description.add("KeySchema", keySchema);
        description.add("AttributeDefinitions", definitions);
        description.add("BillingModeSummary", billing);
        description.addProperty("ItemCount", table.itemCount());
        description.addProperty("CreationDateTime", table.created().toEpochMilli() / 1000.0);
        JsonObject out = new JsonObject();
        out.add("Table", description);
        return out;
    }

    private JsonObject describeTimeToLive(CallContext call, JsonObject in) {
        TimeToLive timeToLive = table(call, in).timeToLive();
        JsonObject description = new JsonObject();
        description.addProperty("TimeToLiveStatus", timeToLive.status());
        timeToLive.attribute().ifPresent(name -> description.addProperty("AttributeName", name));
        JsonObject out = new JsonObject();
        out.add("TimeToLiveDescription", description);
        return out;
    }

    private JsonObject updateTimeToLive(CallContext call, JsonObject in) {
        Table table = table(call, in);
        JsonElement given = in.get("TimeToLiveSpecification");
        if (given == null || !given.isJsonObject()) {
            throw DynamoDbErrors.validation("1 validation error detected: Value null at 'timeToLiveSpecification' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        JsonObject specification = given.getAsJsonObject();
        String attribute = required(specification, "AttributeName", "timeToLiveSpecification.attributeName");
        JsonElement enabled = specification.get("Enabled");
        if (enabled == null || enabled.isJsonNull()) {
            throw DynamoDbErrors.validation("1 validation error detected: Value null at "
                    + "'timeToLiveSpecification.enabled' failed to satisfy constraint: Member must not be null");
        }
        if (!enabled.isJsonPrimitive() || !enabled.getAsJsonPrimitive().isBoolean()) {
            throw DynamoDbErrors.serialization();
        }
        boolean enable = enabled.getAsBoolean();
        table.changeTimeToLive(enable, attribute, clock.instant());
        JsonObject answer = new JsonObject();
        answer.addProperty("AttributeName", attribute);
        answer.addProperty("Enabled", enable);
        JsonObject out = new JsonObject();
        out.add("TimeToLiveSpecification", answer);
        return out;
    }

    private JsonObject getItem(CallContext call, JsonObject in) {
        refuseLegacy(in);
        Table table = table(call, in);
        String key = table.key(Attribute.item(in.get("Key"), "key"));
        Placeholders.from(in).checkAllUsed();
        // ConsistentRead or not, this stand-in's reads always see the latest write.
        JsonObject out = new JsonObject();
        table.get(key).ifPresent(item -> out.add("Item", Attribute.render(item)));
        return out;
    }

    private JsonObject putItem(CallContext call, JsonObject in) {
        refuseLegacy(in);
        Table table = table(call, in);
        Map<String, Attribute> item = Attribute.item(in.get("Item"), "item");
        String key = table.keyOfItem(item);
        Placeholders placeholders = Placeholders.from(in);
        Condition condition = condition(in, placeholders);
        placeholders.checkAllUsed();
        boolean returnOld = returnValues(in, Set.of("NONE", "ALL_OLD"));
        Map<String, Attribute> before = table.write(key, condition, old -> item, returnOnFailure(in));
        return attributes(returnOld ? before : Map.of());
    }

    private JsonObject updateItem(CallContext call, JsonObject in) {
        refuseLegacy(in);
        Table table = table(call, in);
        Map<String, Attribute> keyItem = Attribute.item(in.get("Key"), "key");
        String key = table.key(keyItem);
        Placeholders placeholders = Placeholders.from(in);
        Update update = Update.parse(required(in, "UpdateExpression", "updateExpression"), placeholders,
                table.keyAttribute());
        Condition condition = condition(in, placeholders);
        placeholders.checkAllUsed();
        String returnValues = returnValue(in, Set.of("NONE", "ALL_OLD", "ALL_NEW"));
        Map<String, Attribute> before = table.write(key, condition, old -> {
            Map<String, Attribute> base = new LinkedHashMap<>(old);
            base.putAll(keyItem);
            return update.applyTo(base);
        }, returnOnFailure(in));
        return switch (returnValues) {
            case "ALL_OLD" -> attributes(before);
            case "ALL_NEW" -> attributes(table.get(key).orElse(Map.of()));
            default -> new JsonObject();
        };
    }

    private JsonObject deleteItem(CallContext call, JsonObject in) {
        refuseLegacy(in);
        Table table = table(call, in);
        String key = table.key(Attribute.item(in.get("Key"), "key"));
        Placeholders placeholders = Placeholders.from(in);
        Condition condition = condition(in, placeholders);
        placeholders.checkAllUsed();
        boolean returnOld = returnValues(in, Set.of("NONE", "ALL_OLD"));
        Map<String, Attribute> before = table.write(key, condition, old -> null, returnOnFailure(in));
        return attributes(returnOld ? before : Map.of());
    }

    private Table table(CallContext call, JsonObject in) {
        String name = required(in, "TableName", "tableName");
        if (!TABLE_NAME.matcher(name).matches()) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + name + "' at 'tableName' failed "
                    + "to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
        }
        Table table = tables.get(new TableId(call.caller().account(), call.region(), name));
        if (table == null) {
            throw "DescribeTable".equals(call.action()) ? DynamoDbErrors.tableNotFound(name)
                    : DynamoDbErrors.resourceNotFound();
        }
        return table;
    }

    private static Condition condition(JsonObject in, Placeholders placeholders) {
        JsonElement expression = in.get("ConditionExpression");
        if (expression == null || expression.isJsonNull()) {
            return Condition.none();
        }
        return Condition.parse(expression.getAsString(), placeholders);
    }

    private static boolean returnValues(JsonObject in, Set<String> allowed) {
        return "ALL_OLD".equals(returnValue(in, allowed));
    }

    private static String returnValue(JsonObject in, Set<String> allowed) {
        JsonElement value = in.get("ReturnValues");
        String returnValues = value == null || value.isJsonNull() ? "NONE" : value.getAsString();
        if (!allowed.contains(returnValues)) {
            throw DynamoDbErrors.validation("ReturnValues can only be " + String.join(" or ", allowed.stream()
                    .sorted().toList()) + " here; " + returnValues + " is not supported by this stand-in");
        }
        return returnValues;
    }

    private static boolean returnOnFailure(JsonObject in) {
        JsonElement value = in.get("ReturnValuesOnConditionCheckFailure");
        String text = value == null || value.isJsonNull() ? "NONE" : value.getAsString();
        if (!"NONE".equals(text) && !"ALL_OLD".equals(text)) {
            throw DynamoDbErrors.validation("1 validation error detected: Value '" + text + "' at "
                    + "'returnValuesOnConditionCheckFailure' failed to satisfy constraint: Member must satisfy enum "
                    + "value set: [ALL_OLD, NONE]");
        }
        return "ALL_OLD".equals(text);
    }

    private static JsonObject attributes(Map<String, Attribute> item) {
        JsonObject out = new JsonObject();
        if (!item.isEmpty()) {
            out.add("Attributes", Attribute.render(item));
        }
        return out;
    }

    private static void refuseLegacy(JsonObject in) {
        for (String parameter : LEGACY) {
            if (in.has(parameter)) {
                throw DynamoDbErrors.validation(parameter + " is not supported by this stand-in; use expressions");
            }
        }
    }

    private static String required(JsonObject in, String name, String member) {
        JsonElement value = in.get(name);
        if (value == null || value.isJsonNull() || value.getAsString().isEmpty()) {
            throw DynamoDbErrors.validation("1 validation error detected: Value null at '" + member
                    + "' failed to satisfy constraint: Member must not be null");
        }
        return value.getAsString();
    }

    private static JsonObject parse(String body) {
        try {
            JsonElement element = JsonParser.parseString(body == null || body.isBlank() ? "{}" : body);
            if (!element.isJsonObject()) {
                throw new JsonParseException("not an object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            throw DynamoDbErrors.serialization();
        }
    }

    private static AwsResponse json(int status, JsonObject body) {
        return new AwsResponse(status, CONTENT_TYPE, body.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public AwsResponse renderError(AwsServiceError error, String requestId) {
        return json(error.status(), DynamoDbErrors.render(error));
    }

    @Override
    public AwsServiceError fault(Fault fault) {
        return switch (fault) {
            case THROTTLE -> AwsServiceError.client("ThrottlingException",
                    "Rate of requests exceeds the allowed throughput.");
            case UNAVAILABLE -> new AwsServiceError(503, "ServiceUnavailable", "Service is unavailable.");
            case INTERNAL_ERROR, INTERNAL_ERROR_AFTER_APPLY ->
                    new AwsServiceError(500, "InternalServerError", "Internal server error");
        };
    }
}
