package io.peerbot.adapter.aws.seal;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The tags of a sealed record that the seal itself adds. */
public final class SealTags {
    /** Every tag of the record starts with this; the seal covers them all except {@link #SEAL}. */
    public static final String PREFIX = "peerbot:";
    /** The MAC over the record, base64url without padding. */
    public static final String SEAL = "peerbot:seal";
    /** Which key made {@link #SEAL}; covered by the seal. */
    public static final String SEAL_KEY = "peerbot:seal-key";
    /** How many times the record has been saved; covered by the seal, so an older copy shows as older. */
    public static final String SEQ = "peerbot:seq";

    private SealTags() {
    }

    /**
     * The connectivity test's summary: written straight after each test, outside a record save, and never read back
     * to decide anything (only shown), so it is not part of the record and the seal does not cover it.
     */
    public static final String LAST_TEST = "peerbot:last-test";

    /**
     * True for the tags the seal covers: every {@code peerbot:} tag but the seal and {@link #LAST_TEST}.
     * {@code Name} is not one.
     */
    public static boolean covered(String key) {
        return key.startsWith(PREFIX) && !key.equals(SEAL) && !key.equals(LAST_TEST);
    }

    /** The tags among {@code tags} that the seal covers, sorted by key. */
    public static SortedMap<String, String> coveredOf(Map<String, String> tags) {
        SortedMap<String, String> covered = new TreeMap<>();
        tags.forEach((key, value) -> {
            if (covered(key)) {
                covered.put(key, value);
            }
        });
        return covered;
    }
}
