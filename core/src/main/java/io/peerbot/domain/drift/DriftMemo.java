package io.peerbot.domain.drift;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the drift watch keeps with a peering's record (sealed with it, so no one can edit it unnoticed): the scope
 * the owners approved, the fingerprints of the findings already posted (so one is posted once, across restarts,
 * while it stays the same), and the findings someone dismissed, by fingerprint, with who dismissed them.
 */
public record DriftMemo(ApprovedScope scope, Set<String> reported, Map<String, String> dismissed) {
    public static final DriftMemo NONE = new DriftMemo(ApprovedScope.NONE, Set.of(), Map.of());

    public DriftMemo {
        Objects.requireNonNull(scope, "scope");
        reported = Set.copyOf(new TreeSet<>(reported));
        dismissed = Map.copyOf(new TreeMap<>(dismissed));
    }

    public DriftMemo withScope(ApprovedScope widened) {
        return new DriftMemo(widened, reported, dismissed);
    }

    /**
     * After a look that saw {@code current}: only what is still seen stays reported or dismissed, so a drift that
     * goes away and comes back is posted again.
     */
    public DriftMemo seen(Set<String> current, Set<String> postedNow) {
        Set<String> stillReported = new TreeSet<>(reported);
        stillReported.retainAll(current);
        stillReported.addAll(postedNow);
        Map<String, String> stillDismissed = new TreeMap<>(dismissed);
        stillDismissed.keySet().retainAll(current);
        return new DriftMemo(scope, stillReported, stillDismissed);
    }

    /** {@code userId} decided the finding with this fingerprint is intended. */
    public DriftMemo dismiss(String fingerprint, String userId) {
        Map<String, String> all = new TreeMap<>(dismissed);
        all.put(fingerprint, userId);
        return new DriftMemo(scope, reported, all);
    }

    /** Whether the finding needs posting: neither posted nor dismissed while it stayed the same. */
    public boolean isNew(String fingerprint) {
        return !reported.contains(fingerprint) && !dismissed.containsKey(fingerprint);
    }
}
