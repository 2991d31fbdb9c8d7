package io.peerbot.standin.ec2.ssm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Writes what Linux iputils {@code ping -c N} prints, packet by packet, then its statistics. */
final class PingTranscript {
    private static final int TTL = 64;

    private PingTranscript() {
    }

    /**
     * @param rtts the round trip of each packet in milliseconds, empty for a packet that got no reply
     */
    static String render(String target, List<OptionalDouble> rtts) {
        StringBuilder out = new StringBuilder();
        out.append("PING ").append(target).append(" (").append(target).append(") 56(84) bytes of data.\n");
        int received = 0;
        double sum = 0;
        double sumSquares = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int seq = 1; seq <= rtts.size(); seq++) {
            OptionalDouble rtt = rtts.get(seq - 1);
            if (rtt.isEmpty()) {
                continue;
            }
            double ms = rtt.getAsDouble();
            out.append("64 bytes from ").append(target).append(": icmp_seq=").append(seq).append(" ttl=").append(TTL)
                    .append(" time=").append(packetTime(ms)).append(" ms\n");
            received++;
            sum += ms;
            sumSquares += ms * ms;
            min = Math.min(min, ms);
            max = Math.max(max, ms);
        }
        int transmitted = rtts.size();
        long elapsed = (transmitted - 1) * 1000L + (received == 0 ? 41 : 3 + Math.round(max));
        out.append("\n--- ").append(target).append(" ping statistics ---\n");
        out.append(transmitted).append(" packets transmitted, ").append(received).append(" received, ")
                .append(loss(transmitted, received)).append("% packet loss, time ").append(elapsed).append("ms\n");
        if (received > 0) {
            double avg = sum / received;
            double mdev = Math.sqrt(Math.max(0, sumSquares / received - avg * avg));
            out.append(String.format(Locale.ROOT, "rtt min/avg/max/mdev = %.3f/%.3f/%.3f/%.3f ms%n", min, avg, max,
                    mdev).replace(System.lineSeparator(), "\n"));
        }
        return out.toString();
    }

    /** iputils' precision: three decimals under 1 ms, two under 10, one under 100, none above. */
    private static String packetTime(double ms) {
        String pattern = ms < 1 ? "%.3f" : ms < 9.995 ? "%.2f" : ms < 99.95 ? "%.1f" : "%.0f";
        return String.format(Locale.ROOT, pattern, ms);
    }

    /** As C's {@code %g}: "0", "100", "33.3333". */
    private static String loss(int transmitted, int received) {
        if (transmitted == 0) {
            return "0";
        }
        BigDecimal percent = BigDecimal.valueOf(100.0 * (transmitted - received) / transmitted);
        return percent.round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
