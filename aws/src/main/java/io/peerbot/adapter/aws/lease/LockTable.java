package io.peerbot.adapter.aws.lease;

import io.peerbot.application.port.CloudException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The DynamoDB table replicas of the bot share ({@code PEERBOT_LOCK_TABLE}): one item per key, the key a string
 * attribute {@value #KEY}. It holds the leases ({@link DynamoLeases}), the highest record sequence the bot wrote
 * per peering, and the peering requests made lately per account and region ({@link DynamoRequestsJustMade}).
 * Items that may go stale carry {@value #EXPIRES_AT} (epoch seconds), for the table's time to live.
 *
 * <p>Every call goes through {@link #call}: a failed condition comes back as the SDK's
 * {@link ConditionalCheckFailedException} (an answer, not a failure); anything else that failed after the SDK's
 * retries (a missing table, a denied action, throttling that did not pass) becomes a {@link CloudException} naming
 * the table and the fix, so it is reported and never mistaken for an answer.
 */
public final class LockTable implements AutoCloseable {
    /** The table's partition key: a string. */
    public static final String KEY = "id";
    /** The table's time-to-live attribute: epoch seconds after which DynamoDB may remove a stale item. */
    public static final String EXPIRES_AT = "expires_at";
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_.-]{3,255}");

    private final DynamoDbClient client;
    private final String name;

    /** @param client closed with this table */
    public LockTable(DynamoDbClient client, String name) {
        whyInvalid(name).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        this.client = client;
        this.name = name;
    }

    /** Why {@code name} is not a DynamoDB table name (3–255 of letters, digits, {@code _ . -}); empty when it is. */
    public static Optional<String> whyInvalid(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("\"" + name + "\" is not a DynamoDB table name: 3 to 255 characters, each a letter, a "
                    + "digit, '_', '.' or '-'");
        }
        return Optional.empty();
    }

    /** The AWS CLI command that makes the table as the bot expects it, time to live included. */
    public static String createCommand(String name, String region) {
        return "aws dynamodb create-table --region " + region + " --table-name " + name
                + " --attribute-definitions AttributeName=" + KEY + ",AttributeType=S"
                + " --key-schema AttributeName=" + KEY + ",KeyType=HASH --billing-mode PAY_PER_REQUEST"
                + " && " + timeToLiveCommand(name, region, true, EXPIRES_AT);
    }

    /** The AWS CLI command that turns the table's time to live on or off on {@code attribute}. */
    public static String timeToLiveCommand(String name, String region, boolean enabled, String attribute) {
        return "aws dynamodb update-time-to-live --region " + region + " --table-name " + name
                + " --time-to-live-specification Enabled=" + enabled + ",AttributeName=" + attribute;
    }

    public String name() {
        return name;
    }

    /** The region the table is reached in: the bot's home region. */
    public String region() {
        return client.serviceClientConfiguration().region().id();
    }

    public DynamoDbClient client() {
        return client;
    }

    /**
     * Runs one call on the table.
     *
     * @throws ConditionalCheckFailedException when the call's condition did not hold (nothing was written)
     * @throws CloudException                  when it failed otherwise, after the SDK's retries
     */
    public <T> T call(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (ConditionalCheckFailedException e) {
            throw e;
        } catch (SdkException e) {
            throw failure(action, e);
        }
    }

    private CloudException failure(String action, SdkException e) {
        if (!(e instanceof AwsServiceException service) || service.awsErrorDetails() == null) {
            return new CloudException(action, "ClientError", action + " on the lock table " + name
                    + " (PEERBOT_LOCK_TABLE) failed before DynamoDB answered: " + e.getMessage(), e);
        }
        String code = service.awsErrorDetails().errorCode() == null ? String.valueOf(service.statusCode())
                : service.awsErrorDetails().errorCode();
        String said = service.awsErrorDetails().errorMessage() != null ? service.awsErrorDetails().errorMessage()
                : service.getMessage();
        String message = switch (code) {
            case "ResourceNotFoundException" -> "The lock table " + name + " (PEERBOT_LOCK_TABLE) does not exist in "
                    + region() + ". Create it: " + createCommand(name, region());
            case "AccessDeniedException" -> "peerbot may not call dynamodb:" + action + " on the lock table " + name
                    + " (PEERBOT_LOCK_TABLE): " + said + ". Allow it on " + arnHint() + " (iam/peerbot-policy.json).";
            default -> "dynamodb:" + action + " on the lock table " + name + " failed: " + code + ": " + said;
        };
        return new CloudException(action, code, message, e);
    }

    private String arnHint() {
        return "arn:aws:dynamodb:" + region() + ":<account>:table/" + name;
    }

    @Override
    public void close() {
        client.close();
    }
}
