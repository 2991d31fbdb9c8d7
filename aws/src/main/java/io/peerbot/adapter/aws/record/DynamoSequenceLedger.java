package io.peerbot.adapter.aws.record;

import io.peerbot.adapter.aws.lease.LockTable;
import io.peerbot.application.port.CloudException;
import java.util.Map;
import java.util.OptionalLong;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The ledger in the {@link LockTable}: one item per peering, {@code record#<pcx>}, whose {@value #SEQ} is written on
 * condition that it only grows, and read consistently, so every replica sees the latest save of any of them. The
 * items have no expiry: a peering's ledger must outlive any record that could be restored on it.
 *
 * <p>Both calls throw {@link CloudException} when the table cannot be asked: a read the ledger cannot vouch for is
 * then not acted on, and a save whose ledger entry failed is reported (its tags were written first, so the record
 * is newer than the ledger, which still reads as trusted).
 */
public final class DynamoSequenceLedger implements SequenceLedger {
    static final String PREFIX = "record#";
    static final String SEQ = "seq";

    private final LockTable table;

    public DynamoSequenceLedger(LockTable table) {
        this.table = table;
    }

    @Override
    public OptionalLong highest(String pcxId) {
        Map<String, AttributeValue> item = table.call("GetItem", () -> table.client().getItem(r -> r
                .tableName(table.name()).key(key(pcxId)).consistentRead(true)).item());
        if (item == null || !item.containsKey(SEQ) || item.get(SEQ).n() == null) {
            return OptionalLong.of(0);
        }
        return OptionalLong.of(Long.parseLong(item.get(SEQ).n()));
    }

    @Override
    public void wrote(String pcxId, long sequence) {
        try {
            table.call("UpdateItem", () -> table.client().updateItem(r -> r.tableName(table.name())
                    .key(key(pcxId))
                    .updateExpression("SET #seq = :seq")
                    .conditionExpression("attribute_not_exists(#key) OR #seq < :seq")
                    .expressionAttributeNames(Map.of("#key", LockTable.KEY, "#seq", SEQ))
                    .expressionAttributeValues(Map.of(":seq", AttributeValue.fromN(Long.toString(sequence))))));
        } catch (ConditionalCheckFailedException e) {
            // already as high: this write's retry after a 5xx that had landed, or a later save
        }
    }

    private static Map<String, AttributeValue> key(String pcxId) {
        return Map.of(LockTable.KEY, AttributeValue.fromS(PREFIX + pcxId));
    }
}
