package io.peerbot.cli;

import io.peerbot.config.Config;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code peerbot}: with Slack tokens in the environment it runs the bot; without, the local sandbox.
 */
@Command(name = "peerbot", mixinStandardHelpOptions = true,
        description = "Peer two AWS VPCs from Slack, with the other owner's approval.",
        subcommands = {RunCommand.class, SandboxCommand.class, DoctorCommand.class})
public final class PeerbotCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Config config = Config.fromEnvironment(System.getenv());
        if (config.mode() != Config.Mode.NONE) {
            return new CommandLine(new RunCommand()).execute();
        }
        System.out.println("No Slack tokens set (SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET):"
                + " starting the local sandbox. Set them to run the bot against Slack (peerbot run).");
        return new CommandLine(new SandboxCommand()).execute();
    }
}
