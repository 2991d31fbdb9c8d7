package io.peerbot.adapter.aws.seal;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One copy of a record, checked: the outcome, why (for a log line or the thread), and for a {@link SealOutcome#VALID}
 * copy its sequence number and the tags the seal covers (the record the bot may act on); for an
 * {@link SealOutcome#UNSAVED} one the tags too, only to tell where its request was asked.
 */
public record SealCheck(SealOutcome outcome, String reason, OptionalLong sequence, Map<String, String> record) {
    public SealCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        record = Collections.unmodifiableMap(new TreeMap<>(record));
    }

    static SealCheck valid(long sequence, Map<String, String> record) {
        return new SealCheck(SealOutcome.VALID, "sealed record " + sequence, OptionalLong.of(sequence), record);
    }

    /** A request's record as created, never saved since: its tags are kept, to find its card, never acted on. */
    static SealCheck unsaved(Map<String, String> record) {
        return new SealCheck(SealOutcome.UNSAVED, "sealed when the request was created, before EC2 named it, and "
                + "never saved since", OptionalLong.empty(), record);
    }

    static SealCheck refused(SealOutcome outcome, String reason) {
        return new SealCheck(outcome, reason, OptionalLong.empty(), Map.of());
    }

    public boolean valid() {
        return outcome == SealOutcome.VALID;
    }
}
