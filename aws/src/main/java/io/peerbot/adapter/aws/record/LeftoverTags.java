package io.peerbot.adapter.aws.record;

import io.peerbot.adapter.aws.seal.SealTags;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The record's tags a save no longer writes, kept in the new record with an empty value (which reads as absent)
 * instead of being removed. A save then writes each account's copy in one {@code CreateTags}: a copy is never the
 * new record beside tags left from the old one, which does not verify, so a save stopped at any point leaves a
 * copy that does. Removing them later would bring that moment back, so a record's tags are never removed; they
 * count towards EC2's 50 tags on a peering as they did while they were written.
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
}
