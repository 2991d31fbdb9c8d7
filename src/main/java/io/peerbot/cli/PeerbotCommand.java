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
        subcommands = {RunCommand.class, DoctorCommand.class})
public final class PeerbotCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Config config = Config.fromEnvironment(System.getenv());
        if (config.mode() != Config.Mode.NONE) {
            return new CommandLine(new RunCommand()).execute();
        }
        System.err.println("No Slack tokens set (SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET): the"
                + " sandbox is not built into this version yet. Set the tokens to run the bot.");
        return 2;
    }
}
