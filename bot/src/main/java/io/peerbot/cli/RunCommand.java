package io.peerbot.cli;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.bootstrap.BotProcess;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.config.ConfigurationException;
import io.peerbot.config.PeerbotSettings;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/** {@code peerbot run}: the bot against real Slack and AWS, configured by environment variables. */
@Command(name = "run", description = {
        "Run the bot against Slack and AWS, configured by the environment.",
        "Socket Mode with SLACK_BOT_TOKEN and SLACK_APP_TOKEN; HTTP mode (POST /slack/events, GET /healthz on PORT,"
                + " default 3000) with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and no SLACK_APP_TOKEN."})
public final class RunCommand implements Callable<Integer> {
    static final int BAD_CONFIGURATION = 2;

    private final Map<String, String> env;
    private final AwsSettings reach;
    private final PrintStream err;

    public RunCommand() {
        this(System.getenv(), AwsSettings.sdkDefaults(), System.err);
    }

    /** With another environment and way to reach AWS (tests, stand-ins). */
    public RunCommand(Map<String, String> env, AwsSettings reach, PrintStream err) {
        this.env = env;
        this.reach = reach;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        BotProcess bot;
        try {
            PeerbotSettings settings = PeerbotSettings.fromEnvironment(env);
            if (settings.slack().mode() == PeerbotSettings.Mode.NONE) {
                err.println("peerbot run needs SLACK_BOT_TOKEN (xoxb-…) and either SLACK_APP_TOKEN (xapp-…) for"
                        + " Socket Mode or SLACK_SIGNING_SECRET (and PORT) for HTTP mode."
                        + " Check the setup with: peerbot doctor");
                return BAD_CONFIGURATION;
            }
            bot = BotProcess.start(BotSettings.of(settings, reach, SsmPolling.defaults()));
        } catch (ConfigurationException e) {
            return refuse(err, e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            stopped.countDown();
        }, "peerbot-shutdown"));
        stopped.await();
        return 0;
    }

    /** Says what is wrong with the configuration, one line a variable, and how to check the rest. */
    static int refuse(PrintStream err, ConfigurationException e) {
        err.println("peerbot cannot start: the configuration is wrong.");
        e.problems().forEach(p -> err.println("  " + p));
        err.println("Check the whole setup with: peerbot doctor");
        return BAD_CONFIGURATION;
    }
}
