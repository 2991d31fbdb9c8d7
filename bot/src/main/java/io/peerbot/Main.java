package io.peerbot;

import io.peerbot.cli.PeerbotCli;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(new CommandLine(new PeerbotCli()), args));
    }

    /** Runs a command line with UTF-8 output, whatever the locale. */
    public static int execute(CommandLine cli, String... args) {
        // doctor prints ✅/❌; without a UTF-8 locale (a bare container) the JVM would print them as '?'.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }
}
