package io.peerbot.standin.ec2.http;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** What AWS's JSON 1.1 services (KMS, Service Quotas, Organizations) share: reading a request, writing an error. */
public final class JsonProtocol {
    private JsonProtocol() {
    }

    /** The request's body as an object; AWS's {@code SerializationException} for anything else. */
    public static JsonObject request(String body) {
        try {
            JsonElement element = JsonParser.parseString(body == null || body.isBlank() ? "{}" : body);
            if (!element.isJsonObject()) {
                throw new JsonParseException("not an object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException e) {
            throw AwsServiceError.client("SerializationException", "Start of structure or map found where not "
                    + "expected.");
        }
    }

    /**
     * An error as the service writes it: {@code __type} and its message, under {@code messageMember} ({@code
     * Message} or {@code message}: services differ).
     */
    public static AwsResponse error(AwsServiceError error, String messageMember) {
        JsonObject out = new JsonObject();
        out.addProperty("__type", error.code());
        if (error.getMessage() != null) {
            out.addProperty(messageMember, error.getMessage());
        }
        return AwsResponse.json(error.status(), out.toString());
    }
}
