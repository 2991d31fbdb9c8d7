package io.peerbot.adapter.aws.record;

import java.util.OptionalLong;

/**
 * The highest record sequence number the bot wrote on each peering, kept where no one with tag permissions can
 * reach it. A sealed record restored from an older save still verifies; against the ledger its sequence number is
 * lower, so it is not acted on. Without a store ({@link #none()}) nothing is kept and only the two accounts'
 * copies of a cross-account peering reveal a rollback.
 */
public interface SequenceLedger {

    /**
     * The highest sequence number the bot wrote on the peering: 0 when the ledger has none for it; empty when
     * nothing is known (no ledger).
     */
    OptionalLong highest(String pcxId);

    /** Keeps {@code sequence} as the peering's highest, unless a higher one is kept already: it never goes down. */
    void wrote(String pcxId, long sequence);

    /** No ledger: nothing is kept, nothing is known. */
    static SequenceLedger none() {
        return new SequenceLedger() {
            @Override
            public OptionalLong highest(String pcxId) {
                return OptionalLong.empty();
            }

            @Override
            public void wrote(String pcxId, long sequence) {
                // nothing is kept
            }
        };
    }
}
