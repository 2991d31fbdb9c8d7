package io.peerbot.bench;

import java.util.List;

/** p50 and p99 of some durations in milliseconds (nearest rank); empty when there are none. */
record Percentiles(int count, long p50, long p99) {

    static Percentiles of(List<Long> millis) {
        if (millis.isEmpty()) {
            return new Percentiles(0, -1, -1);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return new Percentiles(sorted.size(), rank(sorted, 0.50), rank(sorted, 0.99));
    }

    private static long rank(List<Long> sorted, double share) {
        int index = (int) Math.ceil(share * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** "p50 / p99", or "—" when nothing was measured. */
    String figure() {
        return count == 0 ? "—" : p50 + " / " + p99;
    }
}
