package io.peerbot.standin.ec2.ssm;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.peerbot.standin.ec2.http.AwsServiceError;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading and writing the JSON of SSM's AWS JSON 1.1 protocol. */
final class SsmJson {
    private static final DateTimeFormatter STRING_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private SsmJson() {
    }

    static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return new JsonObject();
        }
        try {
            JsonElement element = JsonParser.parseString(body);
            if (!element.isJsonObject()) {
                throw new JsonParseException("not an object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw AwsServiceError.client("SerializationException",
                    "Start of structure or map found where not expected.");
        }
    }

    static Optional<String> string(JsonObject in, String name) {
        JsonElement value = in.get(name);
        return value == null || value.isJsonNull() ? Optional.empty() : Optional.of(value.getAsString());
    }

    static List<String> strings(JsonElement array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isJsonArray()) {
            array.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        }
        return out;
    }

    static JsonArray array(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    /** A {@code timestamp} member: seconds since the epoch, with milliseconds. */
    static JsonPrimitive timestamp(Instant at) {
        return new JsonPrimitive(BigDecimal.valueOf(at.toEpochMilli()).movePointLeft(3));
    }

    /** A {@code StringDateTime} member, as GetCommandInvocation's execution times. */
    static String stringDate(Instant at) {
        return STRING_DATE.format(at);
    }

    static String error(String type, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("__type", type);
        error.addProperty("message", message);
        return error.toString();
    }
}
