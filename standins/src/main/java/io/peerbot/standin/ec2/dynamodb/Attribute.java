package io.peerbot.standin.ec2.dynamodb;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One attribute value as DynamoDB's JSON carries it ({@code {"S": "..."}} or {@code {"N": "..."}}). Only strings
 * and numbers are kept; any other type is refused, never stored as something else.
 */
record Attribute(String type, String text) {
    static final String S = "S";
    static final String N = "N";

    Attribute {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }

    /** Reads {@code {"S": "..."}} or {@code {"N": "..."}}; any other shape is a ValidationException. */
    static Attribute parse(String name, JsonElement json) {
        if (json == null || !json.isJsonObject() || json.getAsJsonObject().size() != 1) {
            throw DynamoDbErrors.validation("Supplied AttributeValue is empty, must contain exactly one of the "
                    + "supported datatypes");
        }
        Map.Entry<String, JsonElement> only = json.getAsJsonObject().entrySet().iterator().next();
        String type = only.getKey();
        JsonElement value = only.getValue();
        if (!S.equals(type) && !N.equals(type)) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: attribute " + name
                    + " has type " + type + "; this stand-in keeps only S and N attributes");
        }
        if (value == null || !value.isJsonPrimitive()) {
            throw DynamoDbErrors.serialization();
        }
        String text = value.getAsString();
        if (N.equals(type)) {
            try {
                new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw DynamoDbErrors.validation("The parameter cannot be converted to a numeric value: " + text);
            }
        }
        return new Attribute(type, text);
    }

    /** An item ({@code {"name": {"S": "..."}, ...}}) as a map of attributes. */
    static Map<String, Attribute> item(JsonElement json, String what) {
        if (json == null || json.isJsonNull()) {
            throw DynamoDbErrors.validation("1 validation error detected: Value null at '" + what
                    + "' failed to satisfy constraint: Member must not be null");
        }
        if (!json.isJsonObject()) {
            throw DynamoDbErrors.serialization();
        }
        Map<String, Attribute> item = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : json.getAsJsonObject().entrySet()) {
            item.put(e.getKey(), parse(e.getKey(), e.getValue()));
        }
        return item;
    }

    static JsonObject render(Map<String, Attribute> item) {
        JsonObject out = new JsonObject();
        item.forEach((name, value) -> out.add(name, value.toJson()));
        return out;
    }

    JsonObject toJson() {
        JsonObject out = new JsonObject();
        out.addProperty(type, text);
        return out;
    }

    /**
     * How DynamoDB orders two values in a comparison: numbers by value, strings by their UTF-8 bytes; values of
     * different types are not comparable (the comparison is false).
     */
    Integer compareTo(Attribute other) {
        if (!type.equals(other.type)) {
            return null;
        }
        if (N.equals(type)) {
            return new BigDecimal(text).compareTo(new BigDecimal(other.text));
        }
        return Arrays.compareUnsigned(text.getBytes(StandardCharsets.UTF_8),
                other.text.getBytes(StandardCharsets.UTF_8));
    }
}
