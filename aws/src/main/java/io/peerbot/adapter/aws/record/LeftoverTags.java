package io.peerbot.adapter.aws.record;

import io.peerbot.adapter.aws.seal.SealTags;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The record's tags a save no longer writes, kept in the new record with an empty value (which reads as absent)
 * instead of being removed. A save then writes each account's copy in one {@code CreateTags}: a copy is never the
 * new record beside tags left from the old one, which does not verify, so a save stopped at any point leaves a
 * copy that does. Removing them later would bring that moment back, so they stay, counting towards EC2's 50 tags
 * on a peering; only when a copy would pass that are they left out of the new record and removed before it is
 * written (a save stopped between the two then leaves a copy that does not verify, as every save could before).
 */
final class LeftoverTags {
    private LeftoverTags() {
    }

    /** {@code record} with every covered tag of the copies that it does not have, empty. */
    static Map<String, String> kept(Map<String, String> record, Map<String, String> requesterCopy,
                                    Map<String, String> accepterCopy) {
        Map<String, String> kept = new LinkedHashMap<>(record);
        for (Map<String, String> copy : java.util.List.of(requesterCopy, accepterCopy)) {
            copy.keySet().stream().filter(SealTags::covered).forEach(key -> kept.putIfAbsent(key, ""));
        }
        return kept;
    }

    /** Whether {@code sealed}, written over {@code copy} with {@code alsoWritten}, stays within EC2's tag limit. */
    static boolean fit(Map<String, String> sealed, Map<String, String> copy, Map<String, String> alsoWritten) {
        Set<String> keys = new HashSet<>(copy.keySet());
        keys.addAll(alsoWritten.keySet());
        keys.addAll(sealed.keySet());
        return keys.size() <= PeeringRecord.MAX_TAGS;
    }
}
