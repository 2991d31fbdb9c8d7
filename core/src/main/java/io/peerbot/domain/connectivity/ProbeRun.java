package io.peerbot.domain.connectivity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the probe script printed, read back: the ping summary (empty when ping printed none, with the
 * first line it did print as {@code pingProblem}) and a result per TCP port.
 */
public record ProbeRun(Optional<PingResult> ping, String pingProblem, List<TcpCheck> tcp) {
    private static final Pattern TCP_LINE =
            Pattern.compile("(?m)^" + ProbeScript.TCP_MARKER + " (\\d+) (open|refused|timeout|error)(?: (\\d+))?\\s*$");

    public ProbeRun {
        tcp = List.copyOf(tcp);
        pingProblem = pingProblem == null ? "" : pingProblem;
    }

    /** Parses the standard output of {@link ProbeScript}. */
    public static ProbeRun parse(String stdout) {
        String text = stdout == null ? "" : stdout;
        Optional<PingResult> ping = PingParser.parse(text);
        String problem = ping.isPresent() ? "" : text.lines().map(String::strip).filter(l -> !l.isEmpty())
                .filter(l -> !l.startsWith(ProbeScript.TCP_MARKER)).findFirst().orElse("ping printed nothing");
        Matcher m = TCP_LINE.matcher(text);
        List<TcpCheck> checks = new java.util.ArrayList<>();
        while (m.find()) {
            checks.add(new TcpCheck(Integer.parseInt(m.group(1)), TcpState.fromWord(m.group(2)).orElseThrow(),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        }
        return new ProbeRun(ping, problem, checks);
    }

    /** This run's ping with the TCP results of {@code other} added (a run against another address). */
    public ProbeRun withTcpOf(ProbeRun other) {
        List<TcpCheck> all = new java.util.ArrayList<>(tcp);
        all.addAll(other.tcp());
        return new ProbeRun(ping, pingProblem, all);
    }

    public Optional<TcpCheck> tcp(int port) {
        return tcp.stream().filter(c -> c.port() == port).findFirst();
    }
}
