package io.peerbot.sandbox;

import io.peerbot.Main;
import io.peerbot.cli.PeerbotCli;
import picocli.CommandLine;

/**
 * The sandbox jar: the bot's own command line plus {@code sandbox}, which it also runs when no Slack tokens are
 * set, so one command tries peerbot locally. The production jar carries neither the sandbox nor the stand-ins.
 */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new PeerbotCli(() -> {
            System.out.println("No Slack tokens set (SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET):"
                    + " starting the local sandbox. Set them to run the bot against Slack (peerbot run).");
            return new CommandLine(new SandboxCommand()).execute();
        }));
        cli.addSubcommand(new SandboxCommand());
        System.exit(Main.execute(cli, args));
    }
}
