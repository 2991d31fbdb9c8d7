package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.CHANNEL;
import static io.peerbot.e2e.Org.REGION_A;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.Backoff;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.slack.SlackSettings;
import io.peerbot.application.usecase.Policies;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.bootstrap.Peerbot;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The real bot — real Bolt in Socket Mode, the real AWS SDK — against the Slack and EC2 stand-ins on
 * loopback, with helpers to act like people: type a command as one user, click a button as another.
 */
final class Harness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String OTHER_CHANNEL = "C0RANDOM";

    final Ec2StandIn ec2;
    final SlackStandIn slack;
    final Org org;
    private final Set<String> allowedChannels;
    private Peerbot bot;

    private Harness(Ec2StandIn ec2, SlackStandIn slack, Org org, Peerbot bot, Set<String> allowedChannels) {
        this.ec2 = ec2;
        this.slack = slack;
        this.org = org;
        this.bot = bot;
        this.allowedChannels = allowedChannels;
    }

    /** Stops the bot and starts a new process's worth of it against the same Slack and AWS. */
    void restart() throws Exception {
        bot.close();
        int opened = slack.connectionsOpened();
        bot = Peerbot.start(settings(ec2, slack, allowedChannels));
        slack.awaitConnectionsOpened(opened + 1, WAIT);
        bot.awaitResumed();
    }

    /** Stops the bot, as a crash or a deploy would. */
    void stopBot() {
        bot.close();
    }

    static Harness start() throws Exception {
        return start(Set.of());
    }

    /** @param allowedChannels {@code PEERBOT_ALLOWED_CHANNELS}; empty: everywhere */
    static Harness start(Set<String> allowedChannels) throws Exception {
        Ec2StandIn ec2 = new Ec2StandIn(7).start();
        Org org = Org.seed(ec2);
        SlackStandIn slack = SlackStandIn.builder()
                .user(Org.ALICE, "alice", "Alice Archer", "alice@example.com")
                .user(Org.BOB, "bob", "Bob Baker", "bob@example.com")
                .user(Org.CAROL, "carol", "Carol Cole", "carol@example.com")
                .user(Org.DAVE, "dave", "Dave Dunn", "dave@example.com")
                .user(Org.ERIN, "erin", "Erin Eve", "erin@example.com")
                .userGroup(Org.DATA_TEAM, "data-team", Org.BOB)
                .channel(CHANNEL, "network")
                .channel(OTHER_CHANNEL, "random")
                .start();
        try {
            Peerbot bot = Peerbot.start(settings(ec2, slack, allowedChannels));
            slack.awaitConnected(WAIT);
            bot.awaitResumed();
            return new Harness(ec2, slack, org, bot, allowedChannels);
        } catch (Exception | Error e) {
            slack.close();
            ec2.close();
            throw e;
        }
    }

    private static BotSettings settings(Ec2StandIn ec2, SlackStandIn slack, Set<String> allowedChannels) {
        AwsSettings aws = new AwsSettings(Optional.of(REGION_A), Optional.of(ec2.endpoint()),
                Optional.of("arn:aws:iam::{account}:role/peerbot"), ec2.credentialsFor(ACCOUNT_A).provider(),
                new RetrySettings(12, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(200)),
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(100)));
        Policies policies = new Policies(Set.of(Org.CAROL), allowedChannels, List.of(new Location(Org.ACCOUNT_B, Org.REGION_B)),
                Duration.ofMinutes(5), Duration.ofSeconds(10), Clock.systemUTC());
        return new BotSettings(new SlackSettings(slack.botToken(), slack.appToken(), slack.apiUrl()), aws,
                new SsmPolling(new Backoff(Duration.ofMillis(5), Duration.ofMillis(50)), Duration.ofSeconds(5)),
                policies, Optional.empty());
    }

    Envelope type(String user, String text) {
        return slack.typeCommand(user, CHANNEL, "/peer", text);
    }

    /** The request message, once it carries buttons. */
    RecordedMessage awaitCard() {
        return slack.awaitMessage(m -> !m.ephemeral() && !m.isReply() && m.hasButton("peer_approve"), WAIT);
    }

    RecordedMessage awaitEphemeral(String user, Predicate<String> text) {
        return slack.awaitEphemeral(user, m -> text.test(m.allText()), WAIT);
    }

    RecordedMessage awaitInThread(RecordedMessage card, Predicate<String> text) {
        return slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply() && text.test(m.allText()), WAIT);
    }

    List<RecordedMessage> thread(RecordedMessage card) {
        return slack.thread(CHANNEL, card.ts());
    }

    RecordedMessage current(RecordedMessage message) {
        return slack.message(message.channel(), message.ts()).orElseThrow();
    }

    Envelope approve(String user, RecordedMessage card) {
        return slack.clickConfirmed(user, card, "peer_approve");
    }

    Envelope deny(String user, RecordedMessage card) {
        return slack.clickConfirmed(user, card, "peer_deny");
    }

    List<Call> mutatingCalls() {
        return ec2.calls().mutating();
    }

    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            try {
                slack.close();
            } finally {
                ec2.close();
            }
        }
    }
}
