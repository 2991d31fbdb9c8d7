package io.peerbot.domain.connectivity;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the summary of a {@code ping -c N} run as Linux iputils prints it (BusyBox's wording too):
 *
 * <pre>
 * 3 packets transmitted, 3 received, 0% packet loss, time 2003ms
 * rtt min/avg/max/mdev = 0.512/0.601/0.702/0.080 ms
 * </pre>
 *
 * With no answer there is no {@code rtt} line; unreachable hosts add {@code +N errors} and lines such as
 * {@code From 10.0.0.1 icmp_seq=1 Destination Host Unreachable}.
 */
public final class PingParser {
    private static final Pattern TRANSMITTED =
            Pattern.compile("(\\d+) packets transmitted, (\\d+) (?:packets )?received");
    private static final Pattern ERRORS = Pattern.compile("\\+(\\d+) errors");
    private static final Pattern LOSS = Pattern.compile("([\\d.]+)% packet loss");
    private static final Pattern RTT = Pattern.compile(
            "(?:rtt|round-trip) min/avg/max(?:/(?:mdev|stddev))? = ([\\d.]+)/([\\d.]+)/([\\d.]+)");
    private static final Pattern ICMP_ERROR = Pattern.compile(
            "icmp_seq=\\d+ (Destination (?:Host|Net|Port|Protocol) Unreachable|Time to live exceeded"
                    + "|Packet filtered|Destination Host Prohibited|Destination Net Prohibited)");

    private PingParser() {
    }

    /** The summary, or empty when the output holds none (ping did not run, or could not send). */
    public static Optional<PingResult> parse(String output) {
        if (output == null) {
            return Optional.empty();
        }
        Matcher counts = TRANSMITTED.matcher(output);
        if (!counts.find()) {
            return Optional.empty();
        }
        int transmitted = Integer.parseInt(counts.group(1));
        int received = Integer.parseInt(counts.group(2));
        String statistics = lineAt(output, counts.start());
        Matcher errors = ERRORS.matcher(statistics);
        Matcher loss = LOSS.matcher(statistics);
        double lossPercent = loss.find() ? Double.parseDouble(loss.group(1))
                : transmitted == 0 ? 0 : 100.0 * (transmitted - received) / transmitted;
        Matcher rtt = RTT.matcher(output);
        OptionalDouble average =
                rtt.find() ? OptionalDouble.of(Double.parseDouble(rtt.group(2))) : OptionalDouble.empty();
        Matcher icmp = ICMP_ERROR.matcher(output);
        return Optional.of(new PingResult(transmitted, received, errors.find() ? Integer.parseInt(errors.group(1)) : 0,
                lossPercent, average, icmp.find() ? Optional.of(icmp.group(1)) : Optional.empty()));
    }

    private static String lineAt(String text, int index) {
        int end = text.indexOf('\n', index);
        return text.substring(index, end < 0 ? text.length() : end);
    }
}
