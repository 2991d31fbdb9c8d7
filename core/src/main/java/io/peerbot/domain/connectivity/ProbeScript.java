package io.peerbot.domain.connectivity;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the connectivity test asks of the source instance: ping {@code targetIp} three times, then try a TCP connect
 * to each of {@code tcpPorts}, printing one line each:
 *
 * <pre>
 * peerbot-tcp 5432 open      connected
 * peerbot-tcp 5432 refused   reset or ICMP error at once (nothing listens, but the network let it through)
 * peerbot-tcp 5432 timeout   no answer within the timeout (dropped on the way)
 * peerbot-tcp 5432 error 127 the connect itself failed (here: a command not found), nothing is known of the path
 * </pre>
 *
 * The script that does it is the bot's own SSM document {@code peerbot-probe} ({@code iam/peerbot-probe.json}); these
 * are its only two parameters. Both are checked here, as the document's {@code allowedPattern}s check them, so that
 * no value that could carry anything but an IPv4 address and port numbers ever leaves the bot.
 */
public record ProbeScript(String targetIp, List<Integer> tcpPorts) {
    /** The prefix of each TCP result line. */
    public static final String TCP_MARKER = "peerbot-tcp";
    /** The most ports one probe tries (the document's {@code tcpPorts} takes no more). */
    public static final int MAX_TCP_PORTS = 100;
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");

    /**
     * @throws IllegalArgumentException for anything but a dotted-quad IPv4 address, a port outside 1-65535, or more
     *                                  than {@link #MAX_TCP_PORTS} ports
     */
    public ProbeScript {
        Objects.requireNonNull(targetIp, "targetIp");
        if (!IPV4.matcher(targetIp).matches()) {
            throw new IllegalArgumentException("not an IPv4 address: " + targetIp);
        }
        tcpPorts = List.copyOf(tcpPorts);
        for (int port : tcpPorts) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("not a TCP port: " + port);
            }
        }
        if (tcpPorts.size() > MAX_TCP_PORTS) {
            throw new IllegalArgumentException(tcpPorts.size() + " ports to try; at most " + MAX_TCP_PORTS);
        }
    }

    public static ProbeScript of(String targetIp, List<Integer> tcpPorts) {
        return new ProbeScript(targetIp, tcpPorts);
    }
}
