package io.peerbot.e2e;

import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;

/**
 * The end-to-end {@link Harness} — the real bot in Socket Mode with the real SDK, against the Slack and EC2
 * stand-ins — for programs outside this package, such as the benchmarks. Only what they need.
 */
public final class RunningBot implements AutoCloseable {
    /** The channel the commands are typed in. */
    public static final String CHANNEL = Org.CHANNEL;
    /** The bot's own account and region, where VPCs seeded for a program live. */
    public static final String ACCOUNT = Org.ACCOUNT_A;
    public static final String REGION = Org.REGION_A;
    /** Two people of the workspace, each of whom may own VPCs ({@code peerbot:owner} tag). */
    public static final String ALICE = Org.ALICE;
    public static final String BOB = Org.BOB;

    private final Harness harness;

    private RunningBot(Harness harness) {
        this.harness = harness;
    }

    /** Starts the stand-ins (seeded with the end-to-end tests' organisation) and the bot; returns once it listens. */
    public static RunningBot start() throws Exception {
        Harness harness = Harness.forEachTest();
        harness.start();
        return new RunningBot(harness);
    }

    /**
     * As {@link #start()}, with these variables added to (or, with an empty value, removed from) the bot's
     * environment, and the SDK retrying with production's backoff rather than the tests' millisecond one.
     */
    public static RunningBot start(java.util.Map<String, String> env) throws Exception {
        Harness harness = Harness.forEachTest().withProductionRetries();
        env.forEach((name, value) -> harness.withEnv(name, value.isEmpty() ? null : value));
        harness.start();
        return new RunningBot(harness);
    }

    public Ec2StandIn ec2() {
        return harness.ec2;
    }

    public SlackStandIn slack() {
        return harness.slack;
    }

    /** {@code /peer <text>} typed by {@code user} in {@link #CHANNEL}. */
    public Envelope type(String user, String text) {
        return harness.type(user, text);
    }

    /** A click on the message's Approve button, confirmed. */
    public Envelope approve(String user, RecordedMessage message) {
        return harness.approve(user, message);
    }

    @Override
    public void close() {
        harness.close();
    }
}
