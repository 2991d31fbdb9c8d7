package io.peerbot.application.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.application.lease.SharedLeases;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Leases;
import io.peerbot.application.request.PairClaims.Pair;
import io.peerbot.domain.chat.MessageRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PairClaimsTest {
    private static final Pair APP_DB = new Pair("111111111111:us-east-1/vpc-app", "111111111111:us-east-1/vpc-db");
    private static final MessageRef ALICES_CARD = new MessageRef("C0NET", "1700000000.000100");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final PairClaims claims = new PairClaims(clock);

    @Test
    void aPairBeingRequestedOnAnotherReplicaIsRefusedThereToo() {
        SharedLeases table = new SharedLeases(clock);
        PairClaims here = new PairClaims(clock, table);
        PairClaims there = new PairClaims(clock, table);
        assertThat(here.claim(APP_DB, "U0ALICE")).isEmpty();

        assertThat(there.claim(APP_DB, "U0BOB")).hasValueSatisfying(held -> {
            assertThat(held.askedBy()).as("who, only the other replica knows").isEmpty();
            assertThat(held.card()).isEmpty();
        });

        here.release(APP_DB);
        assertThat(there.claim(APP_DB, "U0BOB")).as("nothing was created: free at once").isEmpty();
    }

    @Test
    void aPairWhosePeeringWasCreatedOnAnotherReplicaStaysClaimedThereForTheHold() {
        SharedLeases table = new SharedLeases(clock);
        PairClaims here = new PairClaims(clock, table);
        PairClaims there = new PairClaims(clock, table);
        here.claim(APP_DB, "U0ALICE");
        now.set(now.get().plus(Duration.ofMinutes(1)));
        here.created(APP_DB);
        here.release(APP_DB);

        now.set(now.get().plus(PairClaims.HOLD).minus(Duration.ofSeconds(1)));
        assertThat(there.claim(APP_DB, "U0BOB")).isPresent();

        now.set(now.get().plus(Duration.ofSeconds(2)));
        assertThat(there.claim(APP_DB, "U0BOB")).isEmpty();
    }

    @Test
    void aPairWhoseLeaseCouldNotBeAskedForIsFreeForTheNextRequest() {
        SharedLeases table = new SharedLeases(clock);
        AtomicBoolean throttled = new AtomicBoolean(true);
        PairClaims here = new PairClaims(clock, new Leases() {
            @Override
            public Optional<Lease> tryAcquire(String key, Duration ttl) {
                if (throttled.getAndSet(false)) {
                    throw throttling();
                }
                return table.tryAcquire(key, ttl);
            }

            @Override
            public boolean shared() {
                return true;
            }
        });

        assertThatThrownBy(() -> here.claim(APP_DB, "U0ALICE")).isInstanceOf(CloudException.class);

        assertThat(here.claim(APP_DB, "U0BOB")).as("not refused as underway").isEmpty();
    }

    @Test
    void aPairsLeaseThatCannotBeHeldOnOnceItsPeeringIsCreatedLeavesThePairClaimed() {
        SharedLeases table = new SharedLeases(clock);
        PairClaims here = new PairClaims(clock, new Leases() {
            @Override
            public Optional<Lease> tryAcquire(String key, Duration ttl) {
                return table.tryAcquire(key, ttl).map(lease -> new Lease() {
                    @Override
                    public String key() {
                        return lease.key();
                    }

                    @Override
                    public boolean renew(Duration more) {
                        throw throttling();
                    }

                    @Override
                    public void close() {
                        lease.close();
                    }
                });
            }

            @Override
            public boolean shared() {
                return true;
            }
        });
        PairClaims there = new PairClaims(clock, table);
        here.claim(APP_DB, "U0ALICE");

        here.created(APP_DB);
        here.release(APP_DB);

        assertThat(here.claim(APP_DB, "U0BOB")).as("held here for the hold").isPresent();
        assertThat(there.claim(APP_DB, "U0BOB")).as("held on another replica until the lease expires").isPresent();
    }

    @Test
    void whileOneRequestForAPairIsUnderwayTheNextIsToldWhoAsksAndWhere() {
        assertThat(claims.claim(APP_DB, "U0ALICE")).isEmpty();
        claims.cardPosted(APP_DB, ALICES_CARD);

        assertThat(claims.claim(APP_DB, "U0BOB")).hasValueSatisfying(held -> {
            assertThat(held.askedBy()).isEqualTo("U0ALICE");
            assertThat(held.card()).contains(ALICES_CARD);
        });
        assertThat(claims.claim(new Pair("111111111111:us-east-1/vpc-app", "222222222222:eu-west-1/vpc-billing"),
                "U0BOB")).as("another pair is free").isEmpty();
    }

    @Test
    void aRequestThatCreatedNothingFreesThePairAtOnce() {
        claims.claim(APP_DB, "U0ALICE");

        claims.release(APP_DB);

        assertThat(claims.claim(APP_DB, "U0BOB")).isEmpty();
    }

    @Test
    void aCreatedPeeringsClaimOutlivesItsRequestLongerThanAnyCheckTakesThenLapses() {
        claims.claim(APP_DB, "U0ALICE");
        claims.created(APP_DB);
        claims.release(APP_DB);

        now.set(now.get().plus(PairClaims.HOLD).minus(Duration.ofSeconds(1)));
        assertThat(claims.claim(APP_DB, "U0BOB")).isPresent();

        now.set(now.get().plus(Duration.ofSeconds(2)));
        assertThat(claims.claim(APP_DB, "U0BOB")).as("AWS shows the peering by now").isEmpty();
    }

    private static CloudException throttling() {
        return new CloudException("PutItem", "ThrottlingException", "Rate exceeded", null);
    }
}
