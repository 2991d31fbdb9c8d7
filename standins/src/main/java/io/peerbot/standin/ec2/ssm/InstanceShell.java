package io.peerbot.standin.ec2.ssm;

import io.peerbot.standin.ec2.model.StoredInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plays the shell on an instance for a document's {@code aws:runShellScript} step: line by line it runs
 * {@code ping}, a {@code timeout N bash -c '</dev/tcp/IP/PORT'} connect followed by an {@code if [ $rc -eq N ]}
 * chain of {@code echo}s, plain {@code echo}, a one-line {@code for VAR in WORDS; do …; done} over those, and
 * {@code exit}; packets go through {@link PacketPath}. Anything else is "command not found", as on an instance
 * without the tool.
 */
final class InstanceShell {
    private static final Pattern PING = Pattern.compile("^ping\\s+(.+?)(?:\\s+2>&1)?$");
    private static final Pattern CONNECT = Pattern.compile(
            "^timeout\\s+(\\d+)\\s+bash\\s+-c\\s+(['\"])</dev/tcp/([0-9.]+)/(\\d+)\\2(?:\\s+2>/dev/null)?"
                    + "\\s*;\\s*rc=\\$\\?\\s*;?\\s*(.*)$");
    private static final Pattern BRANCH =
            Pattern.compile("(?:if|elif) \\[ \\$rc -eq (\\d+) \\]; then echo \"([^\"]*)\";");
    private static final Pattern OTHERWISE = Pattern.compile("else echo \"([^\"]*)\"; fi");
    private static final Pattern FOR = Pattern.compile("^for\\s+(\\w+)\\s+in\\s*([^;]*);\\s*do\\s+(.*?);?\\s*done$");
    private static final Pattern ECHO = Pattern.compile("^echo\\s+(?:\"([^\"]*)\"|'([^']*)'|(.*))$");
    private static final Pattern EXIT = Pattern.compile("^exit(?:\\s+(\\d+))?$");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
    private static final int TIMEOUT_EXIT = 124;
    private static final int COMMAND_NOT_FOUND = 127;

    /** How a script ended; {@code hangs} when it never would (e.g. {@code ping} without {@code -c}). */
    record Result(String stdout, String stderr, int exitCode, boolean hangs) {
    }

    private final PacketPath network;
    private final SsmFleet fleet;

    InstanceShell(PacketPath network, SsmFleet fleet) {
        this.network = network;
        this.fleet = fleet;
    }

    Result run(StoredInstance instance, List<String> commands) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int rc = 0;
        List<String> lines = new ArrayList<>();
        commands.forEach(c -> lines.addAll(c.lines().toList()));
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m;
            if ((m = EXIT.matcher(line)).matches()) {
                int code = m.group(1) == null ? rc : Integer.parseInt(m.group(1));
                return new Result(out.toString(), err.toString(), code, false);
            } else if ((m = PING.matcher(line)).matches()) {
                Integer code = ping(instance, m.group(1).trim().split("\\s+"), out, err);
                if (code == null) {
                    return new Result(out.toString(), err.toString(), -1, true);
                }
                rc = code;
            } else if ((m = FOR.matcher(line)).matches()) {
                String variable = m.group(1);
                for (String word : m.group(2).trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        String body = m.group(3).replace("${" + variable + "}", word).replace("$" + variable, word);
                        rc = simple(instance, body, n, out, err);
                    }
                }
            } else {
                rc = simple(instance, line, n, out, err);
            }
        }
        return new Result(out.toString(), err.toString(), rc, false);
    }

    /** A TCP connect with its {@code if} chain, an {@code echo}, or "command not found"; the exit code. */
    private int simple(StoredInstance instance, String line, int n, StringBuilder out, StringBuilder err) {
        Matcher m;
        if ((m = CONNECT.matcher(line)).matches()) {
            int rc = connect(instance, m.group(3), Integer.parseInt(m.group(4)));
            echoBranch(m.group(5), rc, out);
            return rc;
        }
        if ((m = ECHO.matcher(line)).matches()) {
            out.append(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).append('\n');
            return 0;
        }
        err.append("_script.sh: line ").append(n + 1).append(": ").append(line.split("\\s+")[0])
                .append(": command not found\n");
        return 127;
    }

    /** Runs ping; null when it would run forever (no {@code -c}). */
    private Integer ping(StoredInstance instance, String[] args, StringBuilder out, StringBuilder err) {
        Integer count = null;
        String target = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-c" -> count = Integer.parseInt(args[++i]);
                case "-W", "-i", "-w", "-s", "-t" -> i++;
                default -> {
                    if (!args[i].startsWith("-")) {
                        target = args[i];
                    }
                }
            }
        }
        if (target == null) {
            err.append("ping: usage error: Destination address required\n");
            return 1;
        }
        if (!IPV4.matcher(target).matches()) {
            err.append("ping: ").append(target).append(": Name or service not known\n");
            return 2;
        }
        if (count == null) {
            return null;
        }
        PacketPath.Trace trace = network.trace(instance, target, "icmp", -1, 0);
        List<OptionalDouble> rtts = new ArrayList<>();
        for (int seq = 1; seq <= count; seq++) {
            rtts.add(trace.delivered() ? OptionalDouble.of(rtt(instance, target, seq, trace.crossRegion()))
                    : OptionalDouble.empty());
        }
        out.append(PingTranscript.render(target, rtts));
        return trace.delivered() ? 0 : 1;
    }

    /**
     * 0 connected, 1 refused (nothing listens), 124 when {@code timeout} gave up on a dropped SYN, 127 on an
     * instance without {@code timeout} (see {@link SsmFleet#withoutTimeoutCommand}).
     */
    private int connect(StoredInstance instance, String target, int port) {
        if (fleet.lacksTimeoutCommand(instance.id())) {
            return COMMAND_NOT_FOUND;
        }
        int replyPort = 32768 + Math.floorMod((instance.id() + target + port).hashCode(), 60999 - 32768);
        PacketPath.Trace trace = network.trace(instance, target, "tcp", port, replyPort);
        if (!trace.delivered()) {
            return TIMEOUT_EXIT;
        }
        return fleet.listens(trace.destination().id(), port) ? 0 : 1;
    }

    private static void echoBranch(String chain, int rc, StringBuilder out) {
        Matcher branch = BRANCH.matcher(chain);
        while (branch.find()) {
            if (Integer.parseInt(branch.group(1)) == rc) {
                out.append(expandRc(branch.group(2), rc)).append('\n');
                return;
            }
        }
        Matcher otherwise = OTHERWISE.matcher(chain);
        if (otherwise.find()) {
            out.append(expandRc(otherwise.group(1), rc)).append('\n');
        }
    }

    /** The shell expands {@code $rc} inside double quotes. */
    private static String expandRc(String text, int rc) {
        return text.replace("${rc}", String.valueOf(rc)).replace("$rc", String.valueOf(rc));
    }

    /** The base latency with the fleet's jitter, the same for the same packet every time. */
    private double rtt(StoredInstance instance, String target, int seq, boolean crossRegion) {
        double u = new Random((instance.id() + "→" + target + "#" + seq).hashCode()).nextDouble();
        return fleet.baseRttMs(crossRegion) * (1 + fleet.jitter() * (2 * u - 1));
    }
}
