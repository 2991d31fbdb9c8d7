package io.peerbot.adapter.aws.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A list of short items in tags, separated by spaces (commas are not among the characters every AWS
 * service accepts in a tag value). A list longer than one value continues in {@code key:2},
 * {@code key:3}, … Reading accepts commas too, for lists a person edited by hand.
 */
final class TagList {
    private TagList() {
    }

    static void put(Map<String, String> tags, String key, List<String> items) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String item : items) {
            if (item.length() > TagText.MAX_VALUE) {
                throw new IllegalArgumentException("'" + item + "' does not fit in a tag value");
            }
            if (!chunk.isEmpty() && chunk.length() + 1 + item.length() > TagText.MAX_VALUE) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            chunk.append(chunk.isEmpty() ? "" : " ").append(item);
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk.toString());
        }
        for (int i = 0; i < chunks.size(); i++) {
            tags.put(key(key, i + 1), chunks.get(i));
        }
    }

    /** The items of {@code key}, {@code key:2}, … up to the first number missing; empty when none. */
    static List<String> get(Map<String, String> tags, String key) {
        List<String> items = new ArrayList<>();
        for (int n = 1; tags.containsKey(key(key, n)); n++) {
            Arrays.stream(tags.get(key(key, n)).split("[,\\s]+")).filter(s -> !s.isEmpty()).forEach(items::add);
        }
        return items;
    }

    private static String key(String key, int n) {
        return n == 1 ? key : key + ":" + n;
    }
}
