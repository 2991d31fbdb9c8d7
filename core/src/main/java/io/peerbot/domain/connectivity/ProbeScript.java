package io.peerbot.domain.connectivity;

import java.util.ArrayList;
import java.util.List;

/**
 * The shell script run on the source instance, one command a line, as a person would type it: a
 * {@code ping} to the destination, then a TCP connect per port with bash's {@code /dev/tcp} under
 * {@code timeout}, printing one line each:
 *
 * <pre>
 * peerbot-tcp 5432 open      connected
 * peerbot-tcp 5432 refused   reset or ICMP error at once (nothing listens, but the network let it through)
 * peerbot-tcp 5432 timeout   no answer within the timeout (dropped on the way)
 * </pre>
 *
 * The script always exits 0, so that a 100% loss still reports its output as a success of the command.
 */
public record ProbeScript(String targetIp, int pingCount, int pingWaitSeconds, int connectTimeoutSeconds,
                          List<Integer> tcpPorts) {
    /** The prefix of each TCP result line. */
    public static final String TCP_MARKER = "peerbot-tcp";

    public ProbeScript {
        if (!targetIp.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new IllegalArgumentException("not an IP address: " + targetIp);
        }
        tcpPorts = List.copyOf(tcpPorts);
    }

    /** {@code ping -c 3}, 2 s wait a reply, 3 s a connect. */
    public static ProbeScript of(String targetIp, List<Integer> tcpPorts) {
        return new ProbeScript(targetIp, 3, 2, 3, tcpPorts);
    }

    /** The commands, one a line (SSM's {@code commands} parameter of {@code AWS-RunShellScript}). */
    public List<String> commands() {
        List<String> lines = new ArrayList<>();
        lines.add("ping -n -c " + pingCount + " -W " + pingWaitSeconds + " " + targetIp + " 2>&1");
        for (int port : tcpPorts) {
            lines.add("timeout " + connectTimeoutSeconds + " bash -c '</dev/tcp/" + targetIp + "/" + port
                    + "' 2>/dev/null; rc=$?; "
                    + "if [ $rc -eq 0 ]; then echo \"" + TCP_MARKER + " " + port + " open\"; "
                    + "elif [ $rc -eq 124 ]; then echo \"" + TCP_MARKER + " " + port + " timeout\"; "
                    + "else echo \"" + TCP_MARKER + " " + port + " refused\"; fi");
        }
        lines.add("exit 0");
        return List.copyOf(lines);
    }
}
