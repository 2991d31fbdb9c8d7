package io.peerbot.sandbox;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code peerbot sandbox}: the bot against a local Slack and EC2 with a demo organisation, and a page to try it. */
@Command(name = "sandbox", description = "Try peerbot locally: a stand-in Slack and EC2 with a demo organisation, "
        + "the bot, and a web page that shows the channel. Nothing reaches Slack or AWS.")
public final class SandboxCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "" + SandboxOptions.DEFAULT_PORT,
            description = "The page's port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        Sandbox.runUntilStopped(SandboxOptions.defaults().withPagePort(port), new PeerbotStarter());
        return 0;
    }
}
