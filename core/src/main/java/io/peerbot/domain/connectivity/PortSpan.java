package io.peerbot.domain.connectivity;

import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.traffic.Protocol;
import java.util.ArrayList;
import java.util.List;

/**
 * A set of ports as sorted, disjoint closed intervals. For ICMP the ICMP type stands in for the port (echo
 * request 8, echo reply 0); traffic of no particular protocol is the single "port" {@code -1}. So the same
 * arithmetic serves every protocol.
 */
final class PortSpan {
    private static final int NO_PORT = -1;
    private static final int MAX_PORT = 65535;
    /** The ICMP types ping sends and gets back. */
    static final int ECHO_REQUEST = 8;
    static final int ECHO_REPLY = 0;

    private final List<int[]> intervals;

    private PortSpan(List<int[]> intervals) {
        this.intervals = intervals;
    }

    static PortSpan empty() {
        return new PortSpan(List.of());
    }

    /**
     * The ports a packet of this traffic may use: its range; for ICMP the echo request's type, or the echo
     * reply's when {@code reply}; {@code -1} for traffic of no particular protocol.
     */
    static PortSpan ofTraffic(PortRange traffic, boolean reply) {
        if (traffic.protocol() == Protocol.ICMP) {
            int type = reply ? ECHO_REPLY : ECHO_REQUEST;
            return new PortSpan(List.of(new int[] {type, type}));
        }
        if (!traffic.hasPorts()) {
            return new PortSpan(List.of(new int[] {NO_PORT, NO_PORT}));
        }
        return new PortSpan(List.of(new int[] {traffic.from(), traffic.to()}));
    }

    /**
     * The ports a rule admits: everything when it names none (all traffic, ICMP of any type, TCP/UDP "all");
     * for an ICMP rule of one type, that type.
     */
    static PortSpan ofRule(PortRange rule) {
        if (rule.protocol() == Protocol.ICMP && rule.from() >= 0) {
            return new PortSpan(List.of(new int[] {rule.from(), rule.from()}));
        }
        if (!rule.hasPorts() || rule.from() < 0) {
            return new PortSpan(List.of(new int[] {NO_PORT, MAX_PORT}));
        }
        return new PortSpan(List.of(new int[] {rule.from(), rule.to()}));
    }

    boolean isEmpty() {
        return intervals.isEmpty();
    }

    PortSpan intersect(PortSpan other) {
        List<int[]> out = new ArrayList<>();
        for (int[] a : intervals) {
            for (int[] b : other.intervals) {
                int lo = Math.max(a[0], b[0]);
                int hi = Math.min(a[1], b[1]);
                if (lo <= hi) {
                    out.add(new int[] {lo, hi});
                }
            }
        }
        return normalised(out);
    }

    PortSpan minus(PortSpan other) {
        List<int[]> current = new ArrayList<>(intervals);
        for (int[] b : other.intervals) {
            List<int[]> next = new ArrayList<>();
            for (int[] a : current) {
                if (b[1] < a[0] || b[0] > a[1]) {
                    next.add(a);
                    continue;
                }
                if (a[0] < b[0]) {
                    next.add(new int[] {a[0], b[0] - 1});
                }
                if (b[1] < a[1]) {
                    next.add(new int[] {b[1] + 1, a[1]});
                }
            }
            current = next;
        }
        return normalised(current);
    }

    PortSpan union(PortSpan other) {
        List<int[]> all = new ArrayList<>(intervals);
        all.addAll(other.intervals);
        return normalised(all);
    }

    boolean covers(PortSpan other) {
        return other.minus(this).isEmpty();
    }

    /** "5432", "1024-2000" or "1024-2000, 3000" — how a person reads the ports. */
    String describe() {
        List<String> parts = new ArrayList<>();
        for (int[] i : intervals) {
            parts.add(i[0] == i[1] ? String.valueOf(i[0]) : i[0] + "-" + i[1]);
        }
        return String.join(", ", parts);
    }

    private static PortSpan normalised(List<int[]> raw) {
        List<int[]> sorted = new ArrayList<>(raw);
        sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] i : sorted) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] >= i[0] - 1) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], i[1]);
            } else {
                merged.add(new int[] {i[0], i[1]});
            }
        }
        return new PortSpan(List.copyOf(merged));
    }
}
