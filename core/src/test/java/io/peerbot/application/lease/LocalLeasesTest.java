package io.peerbot.application.lease;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Leases;
import io.peerbot.application.watch.MovingClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LocalLeasesTest {
    private static final Duration TTL = Duration.ofSeconds(30);

    private final MovingClock clock = new MovingClock(Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"),
            ZoneOffset.UTC));
    private final LocalLeases leases = new LocalLeases(clock);

    @Test
    void aLeaseIsNeverTakenTwiceNotEvenByItsOwnHolder() {
        assertThat(leases.tryAcquire("decide/pcx-1", TTL)).isPresent();

        assertThat(leases.tryAcquire("decide/pcx-1", TTL)).isEmpty();
        assertThat(leases.tryAcquire("decide/pcx-2", TTL)).as("another key").isPresent();
        assertThat(leases.shared()).isFalse();
    }

    @Test
    void aLeaseGivenUpIsFreeAtOnce() {
        Leases.Lease lease = leases.tryAcquire("apply/pcx-1", TTL).orElseThrow();

        lease.close();

        assertThat(leases.tryAcquire("apply/pcx-1", TTL)).isPresent();
        assertThat(lease.renew(TTL)).as("given up, and taken by another").isFalse();
    }

    @Test
    void anExpiredLeaseIsTakenByAnotherAndItsHolderCannotRenewIt() {
        Leases.Lease first = leases.tryAcquire("apply/pcx-1", TTL).orElseThrow();
        clock.advance(TTL.minusSeconds(1));
        assertThat(leases.tryAcquire("apply/pcx-1", TTL)).as("still live").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        Leases.Lease second = leases.tryAcquire("apply/pcx-1", TTL).orElseThrow();

        assertThat(first.renew(TTL)).isFalse();
        first.close();
        assertThat(leases.tryAcquire("apply/pcx-1", TTL)).as("the first holder's close leaves the second's")
                .isEmpty();
        assertThat(second.renew(TTL)).isTrue();
    }

    @Test
    void aRenewedLeaseLastsAnotherTtl() {
        Leases.Lease lease = leases.tryAcquire("watch/drift", TTL).orElseThrow();
        clock.advance(Duration.ofSeconds(20));
        assertThat(lease.renew(TTL)).isTrue();

        clock.advance(Duration.ofSeconds(20));

        assertThat(leases.tryAcquire("watch/drift", TTL)).isEmpty();
    }

    @Test
    void anExpiredLeaseNobodyTookIsStillItsHoldersToRenew() {
        Leases.Lease lease = leases.tryAcquire("watch/drift", TTL).orElseThrow();
        clock.advance(TTL.plusSeconds(5));

        assertThat(lease.renew(TTL)).isTrue();
        assertThat(leases.tryAcquire("watch/drift", TTL)).isEmpty();
    }
}
