package io.peerbot.standin.ec2.dynamodb;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one request. Like DynamoDB, a placeholder
 * an expression uses must be defined, and every one defined must be used by one of the request's expressions.
 */
final class Placeholders {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Attribute> values = new LinkedHashMap<>();
    private final Set<String> usedNames = new TreeSet<>();
    private final Set<String> usedValues = new TreeSet<>();

    static Placeholders from(JsonObject request) {
        Placeholders p = new Placeholders();
        JsonElement names = request.get("ExpressionAttributeNames");
        if (names != null && !names.isJsonNull()) {
            if (!names.isJsonObject()) {
                throw DynamoDbErrors.serialization();
            }
            for (Map.Entry<String, JsonElement> e : names.getAsJsonObject().entrySet()) {
                if (!e.getKey().startsWith("#")) {
                    throw DynamoDbErrors.validation("ExpressionAttributeNames contains invalid key: Syntax error; "
                            + "key: \"" + e.getKey() + "\"");
                }
                p.names.put(e.getKey(), e.getValue().getAsString());
            }
        }
        JsonElement values = request.get("ExpressionAttributeValues");
        if (values != null && !values.isJsonNull()) {
            if (!values.isJsonObject()) {
                throw DynamoDbErrors.serialization();
            }
            for (Map.Entry<String, JsonElement> e : values.getAsJsonObject().entrySet()) {
                if (!e.getKey().startsWith(":")) {
                    throw DynamoDbErrors.validation("ExpressionAttributeValues contains invalid key: Syntax error; "
                            + "key: \"" + e.getKey() + "\"");
                }
                p.values.put(e.getKey(), Attribute.parse(e.getKey(), e.getValue()));
            }
        }
        return p;
    }

    String name(String kind, String placeholder) {
        String name = names.get(placeholder);
        if (name == null) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": An expression attribute name used in the "
                    + "document path is not defined; attribute name: " + placeholder);
        }
        usedNames.add(placeholder);
        return name;
    }

    Attribute value(String kind, String placeholder) {
        Attribute value = values.get(placeholder);
        if (value == null) {
            throw DynamoDbErrors.validation("Invalid " + kind + ": An expression attribute value used in "
                    + "expression is not defined; attribute value: " + placeholder);
        }
        usedValues.add(placeholder);
        return value;
    }

    /** After every expression of the request is parsed: refuses placeholders none of them used. */
    void checkAllUsed() {
        Set<String> unusedNames = new TreeSet<>(names.keySet());
        unusedNames.removeAll(usedNames);
        if (!unusedNames.isEmpty()) {
            throw DynamoDbErrors.validation("Value provided in ExpressionAttributeNames unused in expressions: "
                    + "keys: {" + String.join(", ", unusedNames) + "}");
        }
        Set<String> unusedValues = new TreeSet<>(values.keySet());
        unusedValues.removeAll(usedValues);
        if (!unusedValues.isEmpty()) {
            throw DynamoDbErrors.validation("Value provided in ExpressionAttributeValues unused in expressions: "
                    + "keys: {" + String.join(", ", unusedValues) + "}");
        }
    }
}
