package io.peerbot.application.port;

import java.time.Duration;
import java.util.Optional;

/**
 * Who works on what when several replicas of the bot run at once: a lease on a key (a peering, a pair of VPCs,
 * a background watch), held by one holder until it gives it up or it expires. A replica that dies stops renewing
 * its leases, so another takes its work over once they expire. With one replica the leases live in its memory
 * and no store is needed; with more they live in a store every replica reaches, written with conditions so two
 * holders never both succeed.
 */
public interface Leases {

    /**
     * The lease on {@code key} for {@code ttl}, when nobody else holds a live one; empty otherwise. Two holders in
     * one process are two holders: a lease is never taken twice, not even by the replica that holds it.
     */
    Optional<Lease> tryAcquire(String key, Duration ttl);

    /**
     * Whether other replicas share these leases: work another one began may then be left unfinished by a replica
     * that died, and has to be looked for again while running, not only at start.
     */
    boolean shared();

    /** A lease held. */
    interface Lease extends AutoCloseable {

        String key();

        /** Keeps the lease for {@code ttl} from now; false when it was lost (it expired and another took it). */
        boolean renew(Duration ttl);

        /** Gives the lease up, if it is still this holder's. */
        @Override
        void close();
    }
}
