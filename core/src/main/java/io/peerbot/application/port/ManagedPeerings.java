package io.peerbot.application.port;

import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where managed peerings are kept: in their own connection's tags, a sealed copy in each account's view of it
 * (the adapter owns the record's form and the seal). There is no other store. A record the adapter cannot verify
 * as its own is {@link Untrusted}: never acted on.
 */
public interface ManagedPeerings {

    /** What one id names in one account and region. */
    sealed interface Lookup {
        /** The peering, when its record verifies: only then may anything be done on it. */
        default Optional<ManagedPeering> verified() {
            return Optional.empty();
        }
    }

    /** A peering of peerbot's, with the connection's status in EC2 as read together with it. */
    record Found(ManagedPeering peering, PeeringStatus status) implements Lookup {
        @Override
        public Optional<ManagedPeering> verified() {
            return Optional.of(peering);
        }
    }

    /** A connection peerbot did not make. */
    record NotManaged(PcxId id) implements Lookup {
    }

    /** A connection peerbot made whose record was edited into something unreadable; {@code why} says how. */
    record Unreadable(PcxId id, String why) implements Lookup {
    }

    /**
     * A connection peerbot made whose record it cannot verify: changed, copied or restored outside peerbot.
     * Nothing may be done on it.
     *
     * @param thread the peering's thread as a copy the bot did seal names it, when one does
     * @param why    what is wrong, naming the account whose copy is at fault
     */
    record Untrusted(PcxId id, Optional<MessageRef> thread, String why) implements Lookup {
    }

    /**
     * A request peerbot created but never saved: it stopped between the two. Its record was sealed before EC2 named
     * the connection, so it proves only that peerbot asked for a peering between these VPCs: nothing is done on it
     * but {@link #withdraw}.
     *
     * @param requesterAt where it was requested
     * @param card        the request's card, as its record names it
     * @param askedAt     when the request was asked for, as its record says: a request younger than a save takes
     *                    may still be saved by another replica
     * @param status      the connection's status in EC2
     */
    record Unsaved(PcxId id, Location requesterAt, Optional<MessageRef> card, Instant askedAt,
                   PeeringStatus status) implements Lookup {
    }

    /** No such connection is visible there. */
    record Missing(PcxId id) implements Lookup {
    }

    Lookup find(PcxId id, Location where);

    /**
     * Every peering of peerbot's requested from there: {@link Found} when its record verifies, {@link Untrusted}
     * when it does not, {@link Unsaved} when it was never saved (unreadable ones are left out).
     */
    List<Lookup> managedIn(Location where);

    /**
     * What an already read connection records, seen from its requester's account: {@link Found}, {@link NotManaged},
     * {@link Unreadable}, {@link Untrusted} or {@link Unsaved}.
     */
    Lookup recordOf(PeeringConnection connection);

    /**
     * Creates the peering connection (pending acceptance) carrying {@code draft}'s record, named after the two
     * VPCs; returns its id. When it throws, there is no request pending: one whose record could not be saved is
     * withdrawn, or, where that failed too, {@link LeftPending} names it.
     */
    PcxId create(ManagedPeering draft, String requesterName, String accepterName);

    /**
     * Whether the record keeps {@code text} (a request's {@code --reason} or {@code --override}) whole: it is
     * part of what the owners approve and what the policy judges on every click, so it is never cut short.
     */
    boolean keepsWhole(String text);

    /**
     * EC2 made the peering connection of a request, but its record could not be saved ({@link #getCause()}) nor the
     * request withdrawn: it stays pending acceptance, never acted on, until someone rejects or deletes it in EC2.
     */
    final class LeftPending extends CloudException {
        private final PcxId id;

        public LeftPending(PcxId id, CloudException why) {
            super(why.action(), why.code(), why.getMessage(), why);
            this.id = id;
        }

        public PcxId id() {
            return id;
        }
    }

    /**
     * The connection just created, as EC2 reports it once it is done initiating the request (seen from the
     * requester's {@code requesterAt}): pending acceptance, or {@code failed} with EC2's status message. Empty
     * when this store cannot tell.
     */
    default Optional<PeeringConnection> requested(PcxId id, Location requesterAt) {
        return Optional.empty();
    }

    /** Writes the record back (sealed, in both accounts), leaving the name given at creation alone. */
    void save(ManagedPeering peering);

    /**
     * Deletes an {@link Unsaved} request that is still pending acceptance (nothing else); returns its status after:
     * {@code deleted}, or the one it had.
     */
    PeeringStatus withdraw(Unsaved request);
}
