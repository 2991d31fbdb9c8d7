package io.peerbot.adapter.aws.seal;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Whether the bot may act on a peering's record, having read both accounts' copies.
 *
 * @param outcome   {@link SealOutcome#VALID} only when the record may be acted on
 * @param reason    why, in words fit for a log line or the thread (names the account whose copy is at fault)
 * @param record    the sealed tags of a valid record (every covered {@code peerbot:} tag), else empty
 * @param requester the requester account's copy, checked
 * @param accepter  the accepter account's copy, checked; empty when both ends are in one account (one copy)
 */
public record RecordVerdict(SealOutcome outcome, String reason, Map<String, String> record,
                            SealCheck requester, Optional<SealCheck> accepter) {
    public RecordVerdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        record = Collections.unmodifiableMap(new TreeMap<>(record));
    }

    public boolean trusted() {
        return outcome == SealOutcome.VALID;
    }

    /** The record's sequence number when trusted: the newer copy's, when a save reached only one account. */
    public OptionalLong sequence() {
        return trusted() ? OptionalLong.of(nextSequence() - 1) : OptionalLong.empty();
    }

    /**
     * The number the next save uses: one more than the newest valid copy of either account, or 1 when there is no
     * sealed record yet. Taking the newest copy keeps a save from ever re-using a number an older copy carries.
     */
    public long nextSequence() {
        long newest = requester.sequence().orElse(0);
        if (accepter.isPresent()) {
            newest = Math.max(newest, accepter.get().sequence().orElse(0));
        }
        return newest + 1;
    }
}
