package io.peerbot.standin.ec2.dynamodb;

import com.google.gson.JsonObject;
import io.peerbot.standin.ec2.http.AwsServiceError;
import java.util.Map;

/** DynamoDB's error answers, with the namespaced {@code __type} it gives each. */
final class DynamoDbErrors {
    static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";
    static final String CORAL_SERVICE = "com.amazon.coral.service#";
    static final String CORAL_VALIDATE = "com.amazon.coral.validate#";
    static final String CORAL_AVAILABILITY = "com.amazon.coral.availability#";

    private DynamoDbErrors() {
    }

    /** A failed condition: HTTP 400, and the item as it stands when the caller asked for it. */
    static final class ConditionalCheckFailed extends AwsServiceError {
        private static final long serialVersionUID = 1L;
        private final transient Map<String, Attribute> item;

        ConditionalCheckFailed(Map<String, Attribute> item) {
            super(400, "ConditionalCheckFailedException", "The conditional request failed");
            this.item = item;
        }

        /** The item to return ({@code ReturnValuesOnConditionCheckFailure=ALL_OLD}), or null. */
        Map<String, Attribute> item() {
            return item;
        }
    }

    static AwsServiceError validation(String message) {
        return AwsServiceError.client("ValidationException", message);
    }

    static AwsServiceError serialization() {
        return AwsServiceError.client("SerializationException", "Start of structure or map found where not "
                + "expected.");
    }

    static AwsServiceError tableNotFound(String table) {
        return AwsServiceError.client("ResourceNotFoundException", "Requested resource not found: Table: " + table
                + " not found");
    }

    static AwsServiceError resourceNotFound() {
        return AwsServiceError.client("ResourceNotFoundException", "Requested resource not found");
    }

    /** The namespace DynamoDB puts before a code in {@code __type}. */
    static String namespaced(String code) {
        return switch (code) {
            case "ValidationException" -> CORAL_VALIDATE + code;
            case "UnrecognizedClientException", "AccessDeniedException", "SerializationException",
                 "UnknownOperationException", "InvalidSignatureException" -> CORAL_SERVICE + code;
            case "ThrottlingException" -> CORAL_AVAILABILITY + code;
            default -> DYNAMODB + code;
        };
    }

    static JsonObject render(AwsServiceError error) {
        JsonObject out = new JsonObject();
        out.addProperty("__type", namespaced(error.code()));
        if (error.getMessage() != null) {
            out.addProperty("message", error.getMessage());
        }
        if (error instanceof ConditionalCheckFailed failed && failed.item() != null) {
            out.add("Item", Attribute.render(failed.item()));
        }
        return out;
    }
}
