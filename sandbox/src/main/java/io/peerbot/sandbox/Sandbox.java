package io.peerbot.sandbox;

import io.peerbot.standin.ec2.AccessKey;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.slack.SlackStandIn;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code peerbot sandbox}: the EC2 stand-in with the {@link DemoOrganisation}, the Slack stand-in with its people
 * and {@code #network}, the bot connected to both, and the {@link SandboxPage} that shows the channel. Everything
 * runs on 127.0.0.1 in this process; nothing reaches AWS or Slack.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(SandboxOptions.forTests(), wiring -> startTheBot(wiring))) {
 *     open(sandbox.pageUrl());
 * }
 * }</pre>
 */
public final class Sandbox implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxOptions options;
    private final List<AutoCloseable> running = new ArrayList<>();
    private Ec2StandIn ec2;
    private DemoOrganisation organisation;
    private SlackStandIn slack;
    private SandboxPage page;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Thread shutdownHook;
    private boolean closed;

    private Sandbox(SandboxOptions options) {
        this.options = options;
    }

    /**
     * Starts the stand-ins, then the bot (through {@code starter}, waiting until it has connected to Slack), then
     * the page; prints the page's address and what to try. On failure everything started so far is closed.
     */
    public static Sandbox start(SandboxOptions options, BotStarter starter) throws Exception {
        Sandbox sandbox = new Sandbox(options);
        try {
            sandbox.boot(starter);
            return sandbox;
        } catch (Exception | Error e) {
            sandbox.close();
            throw e;
        }
    }

    /** {@code peerbot sandbox}: starts, then blocks until the sandbox is closed (Ctrl+C runs the shutdown hook). */
    public static void runUntilStopped(SandboxOptions options, BotStarter starter) throws Exception {
        Sandbox sandbox = start(options, starter);
        sandbox.stopped.await();
    }

    private void boot(BotStarter starter) throws Exception {
        ec2 = started(new Ec2StandIn().start());
        organisation = DemoOrganisation.seed(ec2);
        slack = started(DemoOrganisation.workspace(SlackStandIn.builder()).start());

        BotWiring wiring = wiring();
        log.info("Starting the bot with {}", wiring);
        AutoCloseable bot = starter.start(wiring);
        if (bot != null) {
            running.add(bot);
        }
        try {
            slack.awaitConnected(options.botConnectTimeout());
        } catch (AssertionError e) {
            throw new IllegalStateException("The bot did not connect to the Slack stand-in within "
                    + options.botConnectTimeout().toSeconds() + " s; see the log above for why.", e);
        }

        page = started(SandboxPage.start(slack, DemoOrganisation.pageContent(), options.pagePort()));
        if (options.shutdownHook()) {
            shutdownHook = new Thread(this::close, "sandbox-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
        printWelcome(options.out());
    }

    private <T extends AutoCloseable> T started(T resource) {
        running.add(resource);
        return resource;
    }

    private BotWiring wiring() {
        AccessKey key = ec2.credentialsFor(DemoOrganisation.HOME_ACCOUNT);
        return new BotWiring(slack.botToken(), slack.appToken(), slack.apiUrl(), ec2.endpoint(),
                key.accessKeyId(), key.secretAccessKey(), DemoOrganisation.HOME_REGION,
                DemoOrganisation.ASSUME_ROLE_TEMPLATE, DemoOrganisation.ADMINS, DemoOrganisation.otherLocations());
    }

    private void printWelcome(PrintStream out) {
        Hint first = DemoOrganisation.hints().get(0);
        out.println();
        out.println("peerbot sandbox is running: a local Slack, a local EC2 with a demo organisation, and the bot.");
        out.println();
        out.println("  Open " + pageUrl());
        out.println();
        out.println("  Try first: as alice, type");
        out.println("    " + first.command());
        out.println("  then switch to bob and click Approve.");
        out.println("  The page lists more to try (overlapping CIDRs, a path blocked by a network ACL).");
        out.println();
        out.println("  Slack stand-in " + slack.apiUrl() + " · EC2 stand-in " + ec2.endpoint());
        out.println("  Ctrl+C stops everything.");
        out.println();
        out.flush();
    }

    /** The page's address, e.g. {@code http://127.0.0.1:3000/}. */
    public URI pageUrl() {
        return page.url();
    }

    public SlackStandIn slack() {
        return slack;
    }

    public Ec2StandIn ec2() {
        return ec2;
    }

    public DemoOrganisation organisation() {
        return organisation;
    }

    /** Closes the page, the bot and both stand-ins, in that order; again is a no-op. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        removeShutdownHook();
        for (int i = running.size() - 1; i >= 0; i--) {
            AutoCloseable resource = running.get(i);
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("Closing {}: {}", resource.getClass().getSimpleName(), e.getMessage(), e);
            }
        }
        running.clear();
        stopped.countDown();
    }

    private void removeShutdownHook() {
        if (shutdownHook == null || Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to; it will find the sandbox closed.
        }
    }
}
