package io.peerbot.application.apply;

import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeRef;
import io.peerbot.domain.lifecycle.ManagedPeering;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a change's outcome the record owes to the chat ({@link ManagedPeering#unreported()}), for a process that
 * stopped before the chat had it, on start or on another replica's take-over. It is told holding the peering's
 * apply lease, once the record read again under it still owes the same change, so an outcome another replica told
 * meanwhile is not told again.
 */
final class OwedReport {
    private static final Logger log = LoggerFactory.getLogger(OwedReport.class);

    private final ApplyLeases applies;
    private final ChangeRunner runner;
    private final PeeringRecords records;

    OwedReport(ApplyLeases applies, ChangeRunner runner, PeeringRecords records) {
        this.applies = applies;
        this.runner = runner;
        this.records = records;
    }

    /**
     * Tells the outcome {@code found} owes, if it owes one and no other replica holds its apply lease; true when
     * this one told it.
     */
    boolean tellIfOwed(ManagedPeerings.Found found) {
        ManagedPeering peering = found.peering();
        if (peering.unreported().isEmpty()) {
            return false;
        }
        return applies.takeUp(found, "the report of " + peering.unreported().get().describe(), owedAsIn(peering),
                this::tell);
    }

    /** Whether the record found owes the outcome of the change {@code peering} owes now. */
    private static Predicate<ManagedPeerings.Found> owedAsIn(ManagedPeering peering) {
        Optional<ChangeRef> owed = peering.unreported().map(Change::ref);
        return found -> owed.isPresent()
                && found.peering().unreported().filter(c -> c.ref().equals(owed.get())).isPresent();
    }

    private void tell(ManagedPeerings.Found found) {
        ManagedPeering peering = found.peering();
        Change change = peering.unreported().orElseThrow();
        log.info("telling the outcome of {} of {}, which a stopped process left owed", change.describe(),
                peering.id());
        try {
            runner.reportAgain(peering, change, records.read(peering, found.status()));
        } catch (RuntimeException e) {
            log.error("telling the outcome of {} of {} failed", change.describe(), peering.id(), e);
        }
    }
}
