package io.peerbot.standin.ec2.dynamodb;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * One table: a string partition key and its items. Every write to an item checks its condition and writes in one
 * atomic step on that item ({@link ConcurrentHashMap#compute}), so of many conditional writes racing for one key
 * exactly the ones a serial order allows succeed, as in DynamoDB.
 */
final class Table {
    private final String name;
    private final String arn;
    private final String keyAttribute;
    private final Instant created;
    private final Map<String, Map<String, Attribute>> items = new ConcurrentHashMap<>();
    private final AtomicReference<TimeToLive> timeToLive;

    Table(String name, String arn, String keyAttribute, Instant created, TimeToLive timeToLive) {
        this.name = name;
        this.arn = arn;
        this.keyAttribute = keyAttribute;
        this.created = created;
        this.timeToLive = new AtomicReference<>(timeToLive);
    }

    TimeToLive timeToLive() {
        return timeToLive.get();
    }

    /** Changes the time to live as {@code UpdateTimeToLive} asks, or refuses as {@link TimeToLive#change} does. */
    TimeToLive changeTimeToLive(boolean enable, String attributeName, Instant now) {
        return timeToLive.updateAndGet(current -> current.change(enable, attributeName, now));
    }

    String name() {
        return name;
    }

    String arn() {
        return arn;
    }

    String keyAttribute() {
        return keyAttribute;
    }

    Instant created() {
        return created;
    }

    int itemCount() {
        return items.size();
    }

    /** The key value of a {@code Key} naming exactly this table's key attribute, as a string. */
    String key(Map<String, Attribute> key) {
        Attribute value = key.get(keyAttribute);
        if (key.size() != 1 || value == null || !Attribute.S.equals(value.type())) {
            throw DynamoDbErrors.validation("The provided key element does not match the schema");
        }
        if (value.text().isEmpty()) {
            throw DynamoDbErrors.validation("One or more parameter values are not valid. The AttributeValue for a "
                    + "key attribute cannot contain an empty string value. Key: " + keyAttribute);
        }
        return value.text();
    }

    /** The key value of a whole item given to {@code PutItem}. */
    String keyOfItem(Map<String, Attribute> item) {
        Attribute value = item.get(keyAttribute);
        if (value == null) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: Missing the key "
                    + keyAttribute + " in the item");
        }
        if (!Attribute.S.equals(value.type())) {
            throw DynamoDbErrors.validation("One or more parameter values were invalid: Type mismatch for key "
                    + keyAttribute + " expected: S actual: " + value.type());
        }
        return key(Map.of(keyAttribute, value));
    }

    List<String> keys() {
        return items.keySet().stream().sorted().toList();
    }

    Optional<Map<String, Attribute>> get(String key) {
        return Optional.ofNullable(items.get(key)).map(Map::copyOf);
    }

    /**
     * Writes one item if the condition holds on it as it stands, atomically.
     *
     * @param change the item after the write from the item before (empty when there was none); null deletes it
     * @return the item before the write (empty when there was none)
     * @throws DynamoDbErrors.ConditionalCheckFailed when the condition does not hold; nothing is written
     */
    Map<String, Attribute> write(String key, Condition condition, UnaryOperator<Map<String, Attribute>> change,
                                 boolean returnItemOnFailure) {
        AtomicReference<Map<String, Attribute>> before = new AtomicReference<>(Map.of());
        items.compute(key, (k, current) -> {
            Map<String, Attribute> stands = current == null ? Map.of() : current;
            if (!condition.test(stands)) {
                throw new DynamoDbErrors.ConditionalCheckFailed(
                        returnItemOnFailure && current != null ? Map.copyOf(current) : null);
            }
            before.set(stands);
            Map<String, Attribute> after = change.apply(stands);
            return after == null ? null : new LinkedHashMap<>(after);
        });
        return before.get();
    }
}
