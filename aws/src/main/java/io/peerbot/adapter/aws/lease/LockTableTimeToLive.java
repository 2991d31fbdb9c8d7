package io.peerbot.adapter.aws.lease;

import io.peerbot.application.doctor.Check;
import io.peerbot.application.port.CloudException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/**
 * Whether the lock table's time to live is on the attribute the bot dates removable items by
 * ({@value LockTable#EXPIRES_AT}): without it, the leases of replicas that died and doctor's probe items that could
 * not be removed stay in the table for good.
 */
final class LockTableTimeToLive {
    static final String SUBJECT = "lock table time to live (dynamodb:DescribeTimeToLive)";

    private LockTableTimeToLive() {
    }

    /**
     * @param failure what a call that failed comes to (a missing table, a denied action), as for the other checks
     */
    static Check check(LockTable table, Function<CloudException, Check> failure) {
        TimeToLiveDescription description;
        try {
            description = table.call("DescribeTimeToLive", () -> table.client()
                    .describeTimeToLive(r -> r.tableName(table.name())).timeToLiveDescription());
        } catch (CloudException e) {
            return failure.apply(e);
        }
        String status = description == null || description.timeToLiveStatusAsString() == null ? "DISABLED"
                : description.timeToLiveStatusAsString();
        Optional<String> attribute = Optional.ofNullable(description).map(TimeToLiveDescription::attributeName);
        boolean onExpiry = attribute.filter(LockTable.EXPIRES_AT::equals).isPresent();
        String enable = LockTable.timeToLiveCommand(table.name(), table.region(), true, LockTable.EXPIRES_AT);
        return switch (status) {
            case "ENABLED" -> onExpiry
                    ? Check.ok(SUBJECT, "enabled on " + LockTable.EXPIRES_AT + ": DynamoDB removes the leases "
                    + "nobody renewed and stale items on its own")
                    : onAnother(table, status, attribute.orElse("?"), enable);
            case "ENABLING" -> onExpiry
                    ? Check.unverified(SUBJECT, "being enabled on " + LockTable.EXPIRES_AT,
                    "nothing to do: DynamoDB takes up to an hour; run peerbot doctor again then")
                    : onAnother(table, status, attribute.orElse("?"), enable);
            case "DISABLING" -> Check.fail(SUBJECT, "being disabled: " + staysForGood(),
                    "once DynamoDB has finished (up to an hour), enable it on " + LockTable.EXPIRES_AT + ": "
                            + enable);
            case "DISABLED" -> Check.fail(SUBJECT, "disabled: " + staysForGood(),
                    "enable it on " + LockTable.EXPIRES_AT + ": " + enable);
            default -> Check.unverified(SUBJECT, "DynamoDB says its status is " + status,
                    "check it in the DynamoDB console: it must be enabled on " + LockTable.EXPIRES_AT);
        };
    }

    private static Check onAnother(LockTable table, String status, String attribute, String enable) {
        return Check.fail(SUBJECT, status.toLowerCase(Locale.ROOT) + " on " + attribute + ", not on "
                        + LockTable.EXPIRES_AT + " that the bot dates its items by: " + staysForGood(),
                "disable it (" + LockTable.timeToLiveCommand(table.name(), table.region(), false, attribute)
                        + "), then once DynamoDB has finished (up to an hour) enable it on " + LockTable.EXPIRES_AT
                        + " (" + enable + ")");
    }

    private static String staysForGood() {
        return "the leases of replicas that died and stale items stay in the table for good";
    }
}
