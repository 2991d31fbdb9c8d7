package io.peerbot;

import io.peerbot.cli.PeerbotCommand;
import picocli.CommandLine;

public final class Main {
    public static void main(String[] args) {
        System.exit(new CommandLine(new PeerbotCommand()).execute(args));
    }
}
