package io.peerbot.cli;

import io.peerbot.config.ConfigurationException;
import io.peerbot.config.PeerbotSettings;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code peerbot}, the command line: with Slack tokens in the environment it runs the bot. Without them the
 * production jar says what to set; the sandbox jar, which adds {@code sandbox}, starts the local sandbox instead.
 */
@Command(name = "peerbot", mixinStandardHelpOptions = true,
        description = "Peer two AWS VPCs from Slack, with the other owner's approval.",
        subcommands = {RunCommand.class, DoctorCommand.class, PolicyCommand.class, WarmUpCommand.class})
public final class PeerbotCli implements Callable<Integer> {
    private final Callable<Integer> withoutTokens;

    public PeerbotCli() {
        this(PeerbotCli::explainTokens);
    }

    /** @param withoutTokens what runs when the environment names no way to reach Slack */
    public PeerbotCli(Callable<Integer> withoutTokens) {
        this.withoutTokens = withoutTokens;
    }

    @Override
    public Integer call() throws Exception {
        PeerbotSettings settings;
        try {
            settings = PeerbotSettings.fromEnvironment(System.getenv());
        } catch (ConfigurationException e) {
            return RunCommand.refuse(System.err, e);
        }
        if (settings.slack().mode() != PeerbotSettings.Mode.NONE) {
            return new CommandLine(new RunCommand()).execute();
        }
        return withoutTokens.call();
    }

    private static int explainTokens() {
        System.err.println("No Slack tokens set: peerbot needs SLACK_BOT_TOKEN (xoxb-…) and either SLACK_APP_TOKEN"
                + " (xapp-…) for Socket Mode or SLACK_SIGNING_SECRET (and PORT) for HTTP mode."
                + " Check the setup with: peerbot doctor. To try peerbot locally, run the sandbox jar"
                + " (sandbox/target/peerbot-sandbox.jar).");
        return 2;
    }
}
