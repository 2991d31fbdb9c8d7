package io.peerbot.domain.traffic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Parses {@code tcp:5432,udp:53,tcp:8000-8100,icmp}. Items keep the order given. A repeated item, or
 * one another item already covers ({@code tcp:8050} next to {@code tcp:8000-8100}), is refused rather
 * than merged: each item becomes security-group rules, and what was typed is what gets opened.
 */
public final class PortList {
    public static final int MAX_ITEMS = 20;
    public static final String EXPECTED = "expected e.g. tcp:5432,udp:53,tcp:8000-8100,icmp";
    private static final Pattern PORTS = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?");

    private PortList() {
    }

    /** @throws IllegalArgumentException naming the bad item and the expected form */
    public static List<PortRange> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no ports given; " + EXPECTED);
        }
        String[] items = text.split(",", -1);
        if (items.length > MAX_ITEMS) {
            throw new IllegalArgumentException("too many ports (" + items.length + "); at most " + MAX_ITEMS
                    + " — use a range such as tcp:8000-8100");
        }
        List<PortRange> ranges = new ArrayList<>();
        for (String raw : items) {
            String item = raw.strip();
            if (item.isEmpty()) {
                throw new IllegalArgumentException("'" + text.strip() + "' has an empty item (a doubled or trailing comma?); "
                        + EXPECTED);
            }
            PortRange range = item(item);
            for (PortRange earlier : ranges) {
                if (range.equals(earlier)) {
                    throw new IllegalArgumentException("'" + item + "' is listed twice; give each item once");
                }
                if (range.within(earlier) || earlier.within(range)) {
                    PortRange narrow = range.within(earlier) ? range : earlier;
                    PortRange wide = narrow == range ? earlier : range;
                    throw new IllegalArgumentException("'" + narrow + "' is already covered by '" + wide
                            + "'; leave out '" + narrow + "'");
                }
            }
            ranges.add(range);
        }
        return List.copyOf(ranges);
    }

    /** The list as typed back: {@code tcp:5432,icmp}. */
    public static String format(List<PortRange> ranges) {
        return ranges.stream().map(PortRange::toString).collect(Collectors.joining(","));
    }

    private static PortRange item(String item) {
        int colon = item.indexOf(':');
        String name = (colon < 0 ? item : item.substring(0, colon)).toLowerCase(Locale.ROOT);
        String ports = colon < 0 ? null : item.substring(colon + 1);
        return switch (name) {
            case "icmp" -> {
                if (ports != null) {
                    throw new IllegalArgumentException("'" + item + "': icmp takes no port; write icmp");
                }
                yield PortRange.ICMP;
            }
            case "tcp", "udp" -> ports(item, name.equals("tcp") ? Protocol.TCP : Protocol.UDP, ports);
            default -> throw new IllegalArgumentException("'" + item + "': unknown protocol '" + name
                    + "'; use tcp, udp or icmp (" + EXPECTED + ")");
        };
    }

    private static PortRange ports(String item, Protocol protocol, String ports) {
        String example = protocol.label() + ":5432 or " + protocol.label() + ":8000-8100";
        if (ports == null || ports.isEmpty()) {
            throw new IllegalArgumentException("'" + item + "': " + protocol.label() + " needs a port, e.g. " + example);
        }
        var m = PORTS.matcher(ports);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + item + "': '" + ports + "' is not a port or port range; expected "
                    + example);
        }
        int from = Integer.parseInt(m.group(1));
        int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
        if (from < 1 || from > 65535 || to < 1 || to > 65535) {
            throw new IllegalArgumentException("'" + item + "': ports run from 1 to 65535");
        }
        if (from > to) {
            throw new IllegalArgumentException("'" + item + "': the range is reversed; write "
                    + protocol.label() + ":" + to + "-" + from);
        }
        return new PortRange(protocol, from, to);
    }
}
