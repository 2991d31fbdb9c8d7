package io.peerbot.adapter.aws.seal;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads a peering's record from both accounts' view of the peering and says whether the bot may act on it (pure).
 *
 * <p>Each account sees only its own tags on a peering connection, so the bot writes the same sealed record on both
 * sides. A person who can write tags in one account can restore an older sealed record there (it still verifies),
 * but not in the other account: so the two copies must both be valid and carry the same sequence number and
 * content, or the verdict is {@link SealOutcome#ROLLBACK}. A forged copy on either side makes the verdict
 * {@link SealOutcome#FORGED}. When both ends are in one account there is one copy and only the requester view is
 * read; such a record cannot be forged, but an older one restored there cannot be told from the newest.
 */
public final class SealedRecordReader {
    private final RecordSeal seal;

    public SealedRecordReader(RecordSeal seal) {
        this.seal = seal;
    }

    public RecordVerdict read(PeeringIdentity peering, Map<String, String> requesterView,
                              Map<String, String> accepterView) {
        SealCheck requester = seal.check(peering, requesterView);
        if (peering.oneAccount()) {
            return new RecordVerdict(requester.outcome(), requester.reason(), requester.record(), requester,
                    Optional.empty());
        }
        SealCheck accepter = seal.check(peering, accepterView);
        return compare(peering, requester, accepter);
    }

    /**
     * A verdict of {@link #read} checked against the highest sequence number the bot wrote on the peering
     * ({@code highestWritten}, kept outside the tags): a record that verifies but is older is a
     * {@link SealOutcome#ROLLBACK}, an older record restored. This tells a rollback in one account, where there is a
     * single copy, or of both copies at once.
     */
    public static RecordVerdict againstLedger(PeeringIdentity peering, RecordVerdict verdict,
                                              OptionalLong highestWritten) {
        if (!verdict.trusted() || highestWritten.isEmpty()
                || verdict.sequence().getAsLong() >= highestWritten.getAsLong()) {
            return verdict;
        }
        String where = peering.oneAccount() ? "the copy in account " + peering.requester().account() + " is"
                : "both accounts' copies are";
        return new RecordVerdict(SealOutcome.ROLLBACK, where + " sealed record " + verdict.sequence().getAsLong()
                + ", but the bot wrote record " + highestWritten.getAsLong() + " (its ledger in the lock table): an "
                + "older record was restored", Map.of(), verdict.requester(), verdict.accepter());
    }

    private static RecordVerdict compare(PeeringIdentity peering, SealCheck requester, SealCheck accepter) {
        String requesterCopy = "the requester account " + peering.requester().account() + "'s copy";
        String accepterCopy = "the accepter account " + peering.accepter().account() + "'s copy";
        for (SealOutcome worst : new SealOutcome[] {SealOutcome.FORGED, SealOutcome.UNKNOWN_KEY}) {
            if (requester.outcome() == worst || accepter.outcome() == worst) {
                String reason = requester.outcome() == worst
                        ? requesterCopy + ": " + requester.reason()
                        : accepterCopy + ": " + accepter.reason();
                return refused(worst, reason, requester, accepter);
            }
        }
        if (!requester.valid() && !accepter.valid()) {
            return refused(SealOutcome.UNSEALED, "neither account's copy is sealed", requester, accepter);
        }
        if (!requester.valid() || !accepter.valid()) {
            String missing = requester.valid() ? accepterCopy : requesterCopy;
            String present = requester.valid() ? requesterCopy : accepterCopy;
            long sequence = (requester.valid() ? requester : accepter).sequence().getAsLong();
            return refused(SealOutcome.ROLLBACK, missing + " is not sealed while " + present + " is sealed record "
                    + sequence + ": the copies must agree before anything is done", requester, accepter);
        }
        long requesterSequence = requester.sequence().getAsLong();
        long accepterSequence = accepter.sequence().getAsLong();
        if (requesterSequence != accepterSequence) {
            String older = requesterSequence < accepterSequence ? requesterCopy : accepterCopy;
            return refused(SealOutcome.ROLLBACK, older + " is older (record " + Math.min(requesterSequence,
                    accepterSequence) + " against " + Math.max(requesterSequence, accepterSequence) + "): an older "
                    + "record was restored or a save did not reach both accounts", requester, accepter);
        }
        if (!requester.record().equals(accepter.record())) {
            return refused(SealOutcome.ROLLBACK, "both copies are sealed record " + requesterSequence
                    + " but their contents differ", requester, accepter);
        }
        return new RecordVerdict(SealOutcome.VALID, requester.reason(), requester.record(), requester,
                Optional.of(accepter));
    }

    private static RecordVerdict refused(SealOutcome outcome, String reason, SealCheck requester, SealCheck accepter) {
        return new RecordVerdict(outcome, reason, Map.of(), requester, Optional.of(accepter));
    }
}
