package io.peerbot.cli;

import io.peerbot.bootstrap.Peerbot;
import io.peerbot.config.Config;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;

/** {@code peerbot run}: the bot against real Slack and AWS, configured by environment variables. */
@Command(name = "run", description = {
        "Run the bot against Slack and AWS, configured by the environment.",
        "Socket Mode with SLACK_BOT_TOKEN and SLACK_APP_TOKEN; HTTP mode (POST /slack/events, GET /healthz on PORT,"
                + " default 3000) with SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET and no SLACK_APP_TOKEN."})
public final class RunCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        Config config = Config.fromEnvironment(System.getenv());
        if (config.mode() == Config.Mode.NONE) {
            System.err.println("peerbot run needs SLACK_BOT_TOKEN (xoxb-…) and either SLACK_APP_TOKEN (xapp-…) for"
                    + " Socket Mode or SLACK_SIGNING_SECRET (and PORT) for HTTP mode."
                    + " Check the setup with: peerbot doctor");
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Peerbot bot = Peerbot.start(BotSettingsFromConfig.of(config));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            bot.close();
            stopped.countDown();
        }, "peerbot-shutdown"));
        stopped.await();
        return 0;
    }
}
