package io.peerbot;

import io.peerbot.cli.PeerbotCli;
import io.peerbot.cli.RunCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (List.of(args).equals(List.of("run"))) {
            // The image's command, which takes no option: run straight away. Building picocli's model of every
            // command costs a start about 0.15 s, as picocli's classes (made for Java 5) cannot be archived.
            System.exit(run());
        }
        System.exit(execute(new CommandLine(new PeerbotCli()), args));
    }

    /** Runs a command line with UTF-8 output, whatever the locale. */
    public static int execute(CommandLine cli, String... args) {
        // doctor prints ✅/❌; without a UTF-8 locale (a bare container) the JVM would print them as '?'.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    /** {@code peerbot run}, answered as picocli would: the command's exit code, or 1 and the stack trace. */
    private static int run() {
        try {
            return new RunCommand().call();
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        }
    }
}
