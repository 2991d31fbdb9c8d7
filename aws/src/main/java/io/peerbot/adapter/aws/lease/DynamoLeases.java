package io.peerbot.adapter.aws.lease;

import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Leases;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/**
 * Leases in the {@link LockTable}, shared by every replica that names the same table. One item per key
 * ({@code lease#<key>}): the holder's token (this replica's id and a random id per acquisition), the replica id for
 * whoever reads the table, and the expiry in epoch milliseconds by this replica's {@link Clock}.
 *
 * <ul>
 *   <li>{@link #tryAcquire}: {@code PutItem} on condition "no item, or its expiry has passed";</li>
 *   <li>{@link Lease#renew}: {@code UpdateItem} of the expiry on condition "the token is ours";</li>
 *   <li>{@link Lease#close}: {@code DeleteItem} on condition "the token is ours", so a lease that was lost and
 *       taken over is left to its new holder.</li>
 * </ul>
 *
 * A failed condition is an answer: held by another, or lost. Every other failure (the table missing, an action
 * denied, throttling that outlasted the SDK's retries) is thrown from {@code tryAcquire} and {@code renew} as a
 * {@link CloudException} naming the table and the fix: the work is then neither done without coordination nor
 * silently never done, and the caller reports it. A {@code close} that fails is logged: the lease expires on its own.
 *
 * <p>Clocks. Each replica dates expiries by its own clock and judges others' by it, so a replica whose clock runs
 * ahead by {@code s} may take a lease {@code s} early. This assumes every lease's ttl (and the margin left between
 * a renewal and the expiry) is much larger than the skew between replicas' clocks — seconds to minutes against the
 * well under a second NTP-synchronised hosts keep.
 */
public final class DynamoLeases implements Leases {
    private static final Logger LOG = LoggerFactory.getLogger(DynamoLeases.class);
    static final String PREFIX = "lease#";
    static final String HOLDER = "holder";
    static final String REPLICA = "replica";
    static final String EXPIRES = "expires";
    /** How long after its expiry DynamoDB's time to live may remove a lease nobody renewed. */
    private static final Duration REMOVED_AFTER = Duration.ofHours(1);

    private final LockTable table;
    private final String replicaId;
    private final Clock clock;

    /**
     * @param replicaId this replica's id, distinct among the replicas (e.g. the host name and process id)
     * @param clock     dates the expiries; see the class comment on skew
     */
    public DynamoLeases(LockTable table, String replicaId, Clock clock) {
        if (replicaId == null || replicaId.isBlank()) {
            throw new IllegalArgumentException("a replica needs an id");
        }
        this.table = table;
        this.replicaId = replicaId;
        this.clock = clock;
    }

    /**
     * @throws CloudException when the table cannot be asked (see the class comment): nothing is held then
     */
    @Override
    public Optional<Lease> tryAcquire(String key, Duration ttl) {
        Objects.requireNonNull(key, "key");
        requirePositive(ttl);
        String token = replicaId + "/" + UUID.randomUUID();
        long now = clock.millis();
        long expires = now + ttl.toMillis();
        try {
            table.call("PutItem", () -> table.client().putItem(r -> r.tableName(table.name())
                    .item(Map.of(LockTable.KEY, s(PREFIX + key), HOLDER, s(token), REPLICA, s(replicaId),
                            EXPIRES, n(expires), LockTable.EXPIRES_AT, n(removableAt(expires))))
                    .conditionExpression("attribute_not_exists(#key) OR #expires <= :now")
                    .expressionAttributeNames(Map.of("#key", LockTable.KEY, "#expires", EXPIRES))
                    .expressionAttributeValues(Map.of(":now", n(now)))
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)));
            return Optional.of(new DynamoLease(key, token));
        } catch (ConditionalCheckFailedException e) {
            // A retried put whose first attempt did succeed fails on its own item: that is ours.
            AttributeValue holder = e.hasItem() ? e.item().get(HOLDER) : null;
            if (holder != null && token.equals(holder.s())) {
                return Optional.of(new DynamoLease(key, token));
            }
            return Optional.empty();
        }
    }

    @Override
    public boolean shared() {
        return true;
    }

    private final class DynamoLease implements Lease {
        private final String key;
        private final String token;
        private final AtomicBoolean closed = new AtomicBoolean();

        DynamoLease(String key, String token) {
            this.key = key;
            this.token = token;
        }

        @Override
        public String key() {
            return key;
        }

        /**
         * @throws CloudException when the table cannot be asked: whether the lease is still held is then unknown
         */
        @Override
        public boolean renew(Duration ttl) {
            requirePositive(ttl);
            if (closed.get()) {
                return false;
            }
            long expires = clock.millis() + ttl.toMillis();
            try {
                table.call("UpdateItem", () -> table.client().updateItem(r -> r.tableName(table.name())
                        .key(Map.of(LockTable.KEY, s(PREFIX + key)))
                        .updateExpression("SET #expires = :expires, #removable = :removable")
                        .conditionExpression("#holder = :token")
                        .expressionAttributeNames(Map.of("#expires", EXPIRES, "#removable", LockTable.EXPIRES_AT,
                                "#holder", HOLDER))
                        .expressionAttributeValues(Map.of(":expires", n(expires),
                                ":removable", n(removableAt(expires)), ":token", s(token)))));
                return true;
            } catch (ConditionalCheckFailedException e) {
                return false;
            }
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                table.call("DeleteItem", () -> table.client().deleteItem(r -> r.tableName(table.name())
                        .key(Map.of(LockTable.KEY, s(PREFIX + key)))
                        .conditionExpression("#holder = :token")
                        .expressionAttributeNames(Map.of("#holder", HOLDER))
                        .expressionAttributeValues(Map.of(":token", s(token)))));
            } catch (ConditionalCheckFailedException e) {
                LOG.debug("lease {} was no longer {}'s when given up", key, replicaId);
            } catch (CloudException e) {
                LOG.warn("could not give up the lease {}; it expires on its own: {}", key, e.getMessage());
            }
        }

        @Override
        public String toString() {
            return "lease " + key + " held by " + token;
        }
    }

    private static long removableAt(long expiresMillis) {
        return (expiresMillis + REMOVED_AFTER.toMillis()) / 1000 + 1;
    }

    private static void requirePositive(Duration ttl) {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a lease lasts a positive time: " + ttl);
        }
    }

    static AttributeValue s(String text) {
        return AttributeValue.fromS(text);
    }

    static AttributeValue n(long number) {
        return AttributeValue.fromN(Long.toString(number));
    }
}
