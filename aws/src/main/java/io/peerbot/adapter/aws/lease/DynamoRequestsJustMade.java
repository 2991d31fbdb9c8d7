package io.peerbot.adapter.aws.lease;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.RequestsJustMade;
import io.peerbot.domain.network.Location;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The requests made lately in the {@link LockTable}: one item per account and region,
 * {@code requests-made#<account>#<region>}, with an attribute per request (its id, the time it was made in epoch
 * milliseconds). Read consistently in the turn, so a replica counts the requests another made a moment ago. A note
 * drops the ones older than its caller forgets; the item expires ({@link LockTable#EXPIRES_AT}) an hour after the
 * last note.
 */
public final class DynamoRequestsJustMade implements RequestsJustMade {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoRequestsJustMade.class);
    static final String PREFIX = "requests-made#";
    private static final String REQUEST = "pcx-";
    private static final Duration REMOVED_AFTER = Duration.ofHours(1);
    /** Old notes dropped by one write at most: the rest go with the next. */
    private static final int MOST_DROPPED = 50;

    private final LockTable table;
    /**
     * What {@link #since} last read, per account and region, for the note that follows it in the same turn. Only the
     * turn's holder writes the item, so the read is still current; a note that finds none reads the item. Were it
     * older after all, the note would only leave some old requests for the next one to drop.
     */
    private final Map<Location, Map<String, Long>> lastRead = new ConcurrentHashMap<>();

    public DynamoRequestsJustMade(LockTable table) {
        this.table = table;
    }

    /** @throws CloudException when the table cannot be read: the count is then not made */
    @Override
    public Set<String> since(Location location, Instant since) {
        Map<String, Long> noted = noted(location);
        lastRead.put(location, noted);
        return noted.entrySet().stream().filter(note -> note.getValue() >= since.toEpochMilli())
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void note(Location location, String pcxId, Instant at, Instant forgetBefore) {
        try {
            Map<String, Long> known = lastRead.remove(location);
            List<String> dropped = (known != null ? known : noted(location)).entrySet().stream()
                    .filter(note -> note.getValue() < forgetBefore.toEpochMilli() && !note.getKey().equals(pcxId))
                    .map(Map.Entry::getKey).limit(MOST_DROPPED).toList();
            Map<String, String> names = new LinkedHashMap<>(Map.of("#made", pcxId, "#expires", LockTable.EXPIRES_AT));
            for (int i = 0; i < dropped.size(); i++) {
                names.put("#old" + i, dropped.get(i));
            }
            String update = "SET #made = :at, #expires = :expires" + (dropped.isEmpty() ? "" : " REMOVE "
                    + names.keySet().stream().filter(n -> n.startsWith("#old")).collect(Collectors.joining(", ")));
            Map<String, AttributeValue> values = Map.of(
                    ":at", AttributeValue.fromN(Long.toString(at.toEpochMilli())),
                    ":expires", AttributeValue.fromN(Long.toString(at.plus(REMOVED_AFTER).getEpochSecond())));
            table.call("UpdateItem", () -> table.client().updateItem(r -> r.tableName(table.name())
                    .key(key(location)).updateExpression(update).expressionAttributeNames(names)
                    .expressionAttributeValues(values)));
        } catch (CloudException e) {
            LOG.warn("Could not note request {} in {} in the lock table; a replica that counts its requests before "
                    + "EC2 lists it may miss it: {}", pcxId, location, e.getMessage());
        }
    }

    private Map<String, Long> noted(Location location) {
        Map<String, AttributeValue> item = table.call("GetItem", () -> table.client().getItem(r -> r
                .tableName(table.name()).key(key(location)).consistentRead(true)).item());
        if (item == null) {
            return Map.of();
        }
        return item.entrySet().stream()
                .filter(attribute -> attribute.getKey().startsWith(REQUEST) && attribute.getValue().n() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, attribute -> Long.parseLong(attribute.getValue().n())));
    }

    private static Map<String, AttributeValue> key(Location location) {
        return Map.of(LockTable.KEY, AttributeValue.fromS(PREFIX + location.account() + "#" + location.region()));
    }
}
