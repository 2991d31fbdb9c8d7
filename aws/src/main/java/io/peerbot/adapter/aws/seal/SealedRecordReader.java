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
 * content, or the verdict is {@link SealOutcome#ROLLBACK} (but see {@link #againstLedger} for a save that reached
 * one account only). A forged copy on either side makes the verdict
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
            return new RecordVerdict(requester.outcome(), requester.reason(),
                    requester.valid() ? requester.record() : Map.of(), requester, Optional.empty());
        }
        SealCheck accepter = seal.check(peering, accepterView);
        return compare(peering, requester, accepter);
    }

    /**
     * A verdict of {@link #read} checked against the highest sequence number the bot wrote on the peering
     * ({@code highestWritten}, kept outside the tags): a record that verifies but is older is a
     * {@link SealOutcome#ROLLBACK}, an older record restored. This tells a rollback in one account, where there is a
     * single copy, or of both copies at once. Copies that disagree because a save stopped halfway are read from the
     * newer one, with or without a ledger ({@code highestWritten} empty): see {@link #saveStoppedHalfway}. A record
     * as created ({@link SealOutcome#UNSAVED}) on a peering the ledger has a save of was put back: a rollback.
     */
    public static RecordVerdict againstLedger(PeeringIdentity peering, RecordVerdict verdict,
                                              OptionalLong highestWritten) {
        if (verdict.outcome() == SealOutcome.UNSAVED && highestWritten.orElse(0) > 0) {
            return new RecordVerdict(SealOutcome.ROLLBACK, "the record the request was created with was put back, "
                    + "but the bot wrote record " + highestWritten.getAsLong() + " (its ledger in the lock table)",
                    Map.of(), verdict.requester(), verdict.accepter());
        }
        if (!verdict.trusted()) {
            return saveStoppedHalfway(peering, verdict, highestWritten).orElse(verdict);
        }
        if (highestWritten.isEmpty()
                || verdict.sequence().getAsLong() >= highestWritten.getAsLong()) {
            return verdict;
        }
        String where = peering.oneAccount() ? "the copy in account " + peering.requester().account() + " is"
                : "both accounts' copies are";
        return new RecordVerdict(SealOutcome.ROLLBACK, where + " sealed record " + verdict.sequence().getAsLong()
                + ", but the bot wrote record " + highestWritten.getAsLong() + " (its ledger in the lock table): an "
                + "older record was restored", Map.of(), verdict.requester(), verdict.accepter());
    }

    /**
     * A save writes the requester's copy, then the accepter's, then the ledger: one that stopped between the copies
     * (the process killed, or the second account's call refused) leaves a newer sealed record in one account while
     * the ledger is still below it. No one but the bot can seal a record, nor one newer than its latest, so that
     * copy is the bot's latest save: the record is read from it, and the next save writes both. With the ledger at
     * the newer record the save had finished, and the older copy was restored since: a rollback, as
     * {@link #compare} said. The first save can stop the same way before the accepter's account has any copy:
     * while the ledger has no entry for the peering (0: no save finished), that copy is read too; once it has one,
     * a copy missing was removed.
     *
     * <p>Without a ledger a save that stopped halfway leaves the copies exactly one save apart (or, for the first
     * save, record 1 with no copy in the accepter's account), which an older copy put back by one save, or the
     * first copy removed, also does. Either way the newer copy is the bot's latest record: someone who can tag in
     * one account can only go back there, never past the other account's copy. So it is read, as with a ledger;
     * copies further apart are not a save that stopped, and nothing is done.
     */
    private static Optional<RecordVerdict> saveStoppedHalfway(PeeringIdentity peering, RecordVerdict verdict,
                                                              OptionalLong highestWritten) {
        if (verdict.outcome() != SealOutcome.ROLLBACK || verdict.accepter().isEmpty()) {
            return Optional.empty();
        }
        SealCheck requester = verdict.requester();
        SealCheck accepter = verdict.accepter().get();
        if (requester.valid() && accepter.outcome() == SealOutcome.MISSING) {
            boolean firstSave = highestWritten.isPresent() ? highestWritten.getAsLong() == 0
                    : requester.sequence().getAsLong() == 1;
            return firstSave ? Optional.of(new RecordVerdict(SealOutcome.VALID, "record "
                    + requester.sequence().getAsLong() + " did not reach the accepter account "
                    + peering.accepter().account() + ", which has no copy yet (a first save stopped halfway"
                    + ledger(highestWritten, "the ledger has none", "or that copy was removed") + "): read from the "
                    + "requester's copy, and the next save writes both", requester.record(), requester,
                    Optional.of(accepter))) : Optional.empty();
        }
        if (!requester.valid() || !accepter.valid()) {
            return Optional.empty();
        }
        long requesterSequence = requester.sequence().getAsLong();
        long accepterSequence = accepter.sequence().getAsLong();
        long newest = Math.max(requesterSequence, accepterSequence);
        boolean stopped = highestWritten.isPresent() ? newest > highestWritten.getAsLong()
                : Math.abs(requesterSequence - accepterSequence) == 1;
        if (requesterSequence == accepterSequence || !stopped) {
            return Optional.empty();
        }
        SealCheck newer = requesterSequence > accepterSequence ? requester : accepter;
        String behind = requesterSequence > accepterSequence
                ? "the accepter account " + peering.accepter().account() + "'s copy"
                : "the requester account " + peering.requester().account() + "'s copy";
        return Optional.of(new RecordVerdict(SealOutcome.VALID, "record " + newest + " did not reach " + behind
                + " (a save stopped halfway" + ledger(highestWritten, "the ledger is at "
                + highestWritten.orElse(0), "or that copy was put back one save") + "): read from the other copy, "
                + "and the next save writes both", newer.record(), requester, Optional.of(accepter)));
    }

    /** What the ledger says, or that without one another cause cannot be ruled out. */
    private static String ledger(OptionalLong highestWritten, String withLedger, String otherwise) {
        return highestWritten.isPresent() ? "; " + withLedger : ", " + otherwise + "; without a lock table the two "
                + "cannot be told apart, and either way this is the bot's latest record";
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
        if (requester.outcome() == SealOutcome.UNSAVED && accepter.outcome() == SealOutcome.MISSING) {
            return new RecordVerdict(SealOutcome.UNSAVED, "the request was created but never saved: peerbot stopped "
                    + "in between", Map.of(), requester, Optional.of(accepter));
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
