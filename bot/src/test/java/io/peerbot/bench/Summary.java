package io.peerbot.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/** Median and max of one figure over the measured rounds. */
record Summary(long median, long max) {

    static Summary of(List<Measurement> rounds, ToLongFunction<Measurement> figure) {
        List<Long> sorted = rounds.stream().map(figure::applyAsLong).sorted().toList();
        int n = sorted.size();
        long median = n % 2 == 1 ? sorted.get(n / 2) : Math.round((sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0);
        return new Summary(median, sorted.get(n - 1));
    }
}
