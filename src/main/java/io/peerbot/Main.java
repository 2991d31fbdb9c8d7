package io.peerbot;

import io.peerbot.cli.PeerbotCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

public final class Main {
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new PeerbotCommand());
        // doctor prints ✅/❌; without a UTF-8 locale (a bare container) the JVM would print them as '?'.
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        System.exit(cli.execute(args));
    }
}
