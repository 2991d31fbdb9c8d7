package io.peerbot.standin.ec2.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tags of one resource. Readers get an immutable snapshot; writers replace it. */
public final class Tags {
    private volatile Map<String, String> tags = Map.of();

    /** An immutable snapshot, in the order the tags were first set. */
    public Map<String, String> asMap() {
        return tags;
    }

    /** The value of a tag, or null. */
    public String get(String key) {
        return tags.get(key);
    }

    public synchronized void put(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(tags);
        copy.put(key, value);
        tags = Collections.unmodifiableMap(copy);
    }

    public synchronized void putAll(Map<String, String> more) {
        Map<String, String> copy = new LinkedHashMap<>(tags);
        copy.putAll(more);
        tags = Collections.unmodifiableMap(copy);
    }

    /** Removes a tag; when {@code onlyIfValue} is not null, only if the tag has that value. */
    public synchronized void remove(String key, String onlyIfValue) {
        if (onlyIfValue != null && !onlyIfValue.equals(tags.get(key))) {
            return;
        }
        Map<String, String> copy = new LinkedHashMap<>(tags);
        copy.remove(key);
        tags = Collections.unmodifiableMap(copy);
    }
}
