package io.peerbot.application.apply;

import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeRef;
import io.peerbot.domain.lifecycle.ManagedPeering;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A change's outcome the record owes to the chat ({@link ManagedPeering#unreported()}): whoever takes it up checks,
 * once holding the apply lease, that the same change is owed still, so an outcome another replica told meanwhile is
 * not told again.
 */
final class OwedReport {
    private OwedReport() {
    }

    /** Whether the record found owes the outcome of the change {@code peering} owes now. */
    static Predicate<ManagedPeerings.Found> of(ManagedPeering peering) {
        Optional<ChangeRef> owed = peering.unreported().map(Change::ref);
        return found -> owed.isPresent()
                && found.peering().unreported().filter(c -> c.ref().equals(owed.get())).isPresent();
    }

    static String what(ManagedPeering peering) {
        return peering.unreported().map(c -> "the report of " + c.describe()).orElse("a report");
    }
}
