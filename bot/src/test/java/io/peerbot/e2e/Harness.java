package io.peerbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import static io.peerbot.e2e.Org.ACCOUNT_A;
import static io.peerbot.e2e.Org.CHANNEL;
import static io.peerbot.e2e.Org.REGION_A;

import io.peerbot.adapter.aws.AwsSettings;
import io.peerbot.adapter.aws.Backoff;
import io.peerbot.adapter.aws.RetrySettings;
import io.peerbot.adapter.aws.SsmPolling;
import io.peerbot.adapter.aws.lease.LockTable;
import io.peerbot.adapter.aws.seal.PeeringIdentity;
import io.peerbot.adapter.aws.seal.RecordSeal;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.adapter.aws.seal.SealTags;
import io.peerbot.adapter.slack.SlackRetries;
import io.peerbot.adapter.slack.SlackTransport;
import io.peerbot.application.watch.ManualScheduler;
import io.peerbot.application.watch.MovingClock;
import io.peerbot.bootstrap.BotProcess;
import io.peerbot.bootstrap.BotSettings;
import io.peerbot.config.PeerbotSettings;
import io.peerbot.domain.network.Location;
import io.peerbot.standin.ec2.Call;
import io.peerbot.standin.ec2.Ec2StandIn;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.slack.Envelope;
import io.peerbot.standin.slack.RecordedMessage;
import io.peerbot.standin.slack.SlackStandIn;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real bot — real Bolt in Socket Mode (or HTTP), the real AWS SDK — against the Slack and EC2 stand-ins on
 * loopback, with helpers to act like people: type a command as one user, click a button as another. The bot is
 * configured from an environment ({@link #env()}) exactly as {@code peerbot run} is, through
 * {@link PeerbotSettings}.
 *
 * <p>A JUnit extension: {@code @RegisterExtension final Harness h = Harness.forEachTest();} gives each test a
 * fresh organisation and bot, stopped after it; {@code @RegisterExtension static final Harness h =
 * Harness.forTheClass();} one for the whole class.
 */
final class Harness implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    static final Duration WAIT = Duration.ofSeconds(20);
    static final String OTHER_CHANNEL = "C0RANDOM";
    /** Where a test that sets {@code PEERBOT_ALERT_CHANNEL} has the bot report. */
    static final String ALERT_CHANNEL = "C0ALERTS";
    static final String ROLE = "arn:aws:iam::{account}:role/peerbot";
    /** How the bot retries what Slack could not take: at once, in tests. */
    static final SlackRetries SLACK_RETRIES = new SlackRetries(Duration.ofMillis(10), Duration.ofMillis(50));

    private enum Scope { EACH_TEST, CLASS }

    private final Scope scope;
    private final Map<String, String> configured = new LinkedHashMap<>();
    private Optional<String> httpSigningSecret = Optional.empty();
    private boolean withBot = true;
    private Optional<String> lockTable = Optional.empty();
    /** Retries as configured in production instead of the tests' millisecond ones (benchmarks). */
    private boolean productionRetries;

    Ec2StandIn ec2;
    SlackStandIn slack;
    Org org;
    private ReplicaSet replicas;
    private BotProcess bot;
    /** The bot's background work; it runs only when a test moves time ({@link #advance}). */
    private ManualScheduler scheduler;
    /** The time the bot reads: it moves with the scheduler, and keeps its place across restarts. */
    private final MovingClock clock = new MovingClock(Clock.systemUTC());

    private Harness(Scope scope) {
        this.scope = scope;
        configured.put("PEERBOT_ASSUME_ROLE", ROLE);
        configured.put("PEERBOT_ADMINS", Org.CAROL);
        configured.put("PEERBOT_WATCH", Org.ACCOUNT_B + ":" + Org.REGION_B);
        configured.put(SealKeys.VARIABLE, SealKeys.randomValue("e2e"));
    }

    /** A fresh organisation and bot for each test. */
    static Harness forEachTest() {
        return new Harness(Scope.EACH_TEST);
    }

    /** One organisation and bot for all the tests of a class (register it in a static field). */
    static Harness forTheClass() {
        return new Harness(Scope.CLASS);
    }

    /** @param channels {@code PEERBOT_ALLOWED_CHANNELS}; by default, everywhere */
    Harness allowedChannels(Set<String> channels) {
        return withEnv("PEERBOT_ALLOWED_CHANNELS", String.join(",", channels));
    }

    /** Sets (or, with null, removes) a variable of the bot's environment. */
    Harness withEnv(String name, String value) {
        if (value == null) {
            configured.remove(name);
        } else {
            configured.put(name, value);
        }
        return this;
    }

    /** Slack reaches the bot over HTTP, on a free loopback port, signed with {@code signingSecret}. */
    Harness overHttp(String signingSecret) {
        httpSigningSecret = Optional.of(signingSecret);
        return this;
    }

    /**
     * Replicas share a lock table: {@code PEERBOT_LOCK_TABLE} names {@code table}, made in the stand-in's DynamoDB
     * in the bot's home account and region when the stand-ins start.
     */
    Harness withLockTable(String table) {
        lockTable = Optional.of(table);
        return withEnv("PEERBOT_LOCK_TABLE", table);
    }

    /** The SDK retries with production's backoff ({@link RetrySettings#defaults()}), as a benchmark needs. */
    Harness withProductionRetries() {
        productionRetries = true;
        return this;
    }

    /** Only the stand-ins, for tests that start what they test themselves (e.g. {@code peerbot doctor}). */
    Harness withoutBot() {
        withBot = false;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (scope == Scope.CLASS) {
            start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (scope == Scope.EACH_TEST) {
            start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (scope == Scope.EACH_TEST) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (scope == Scope.CLASS) {
            close();
        }
    }

    /** Starts the stand-ins and, unless {@link #withoutBot()}, the bot; JUnit calls it, so can a program. */
    void start() throws Exception {
        ec2 = new Ec2StandIn(7).start();
        org = Org.seed(ec2);
        lockTable.ifPresent(table -> ec2.dynamodb().createTable(ACCOUNT_A, REGION_A, table, LockTable.KEY,
                LockTable.EXPIRES_AT));
        slack = SlackStandIn.builder()
                .user(Org.ALICE, "alice", "Alice Archer", "alice@example.com")
                .user(Org.BOB, "bob", "Bob Baker", "bob@example.com")
                .user(Org.CAROL, "carol", "Carol Cole", "carol@example.com")
                .user(Org.DAVE, "dave", "Dave Dunn", "dave@example.com")
                .user(Org.ERIN, "erin", "Erin Eve", "erin@example.com")
                .userGroup(Org.DATA_TEAM, "data-team", Org.BOB)
                .userGroup(Org.NETWORK_TEAM, "network", Org.ERIN)
                .channel(CHANNEL, "network")
                .channel(OTHER_CHANNEL, "random")
                .channel(ALERT_CHANNEL, "security-alerts")
                .clock(clock)
                .start();
        if (!withBot) {
            return;
        }
        try {
            startBot();
        } catch (Exception | Error e) {
            slack.close();
            ec2.close();
            throw e;
        }
    }

    /** The environment the bot runs with: the stand-ins' Slack tokens and URL, and this harness's settings. */
    Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SLACK_BOT_TOKEN", slack.botToken());
        env.put("SLACK_API_URL", slack.apiUrl());
        httpSigningSecret.ifPresentOrElse(secret -> env.put("SLACK_SIGNING_SECRET", secret),
                () -> env.put("SLACK_APP_TOKEN", slack.appToken()));
        env.putAll(configured);
        return env;
    }

    /** How the bot reaches AWS: the EC2 stand-in as account A, with millisecond retries and polls. */
    AwsSettings reach() {
        return AwsSettings.sdkDefaults().withRegion(REGION_A).withEndpoint(ec2.endpoint())
                .withCredentials(ec2.credentialsFor(ACCOUNT_A).provider())
                .withRetry(productionRetries ? RetrySettings.defaults()
                        : new RetrySettings(12, Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(200)))
                .withPeeringPoll(new Backoff(Duration.ofMillis(10), Duration.ofMillis(100)));
    }

    /** What {@code peerbot run} would start with in {@link #env()}. */
    BotSettings botSettings() {
        BotSettings settings = BotSettings.of(PeerbotSettings.fromEnvironment(env()), reach(),
                new SsmPolling(new Backoff(Duration.ofMillis(5), Duration.ofMillis(50)), Duration.ofSeconds(5)));
        if (httpSigningSecret.isPresent()) {
            return settings.over(new SlackTransport.Http("127.0.0.1", 0));
        }
        return settings;
    }

    private void startBot() throws Exception {
        scheduler = new ManualScheduler(clock);
        BotSettings configured = botSettings();
        // One clock: the bot reads the time the test's scheduler moves. Slack's outages last by it too, so the bot
        // retries in milliseconds and catches up as soon as the test has moved past one.
        BotSettings settings = configured.with(configured.policies().withClock(scheduler.clock()))
                .with(configured.slack().withRetries(SLACK_RETRIES));
        int opened = slack.connectionsOpened();
        int mark = ec2.calls().mark();
        bot = BotProcess.start(settings, scheduler, scheduler);
        if (httpSigningSecret.isEmpty()) {
            slack.awaitConnectionsOpened(opened + 1, WAIT);
            slack.awaitConnected(WAIT);
        }
        awaitLookForUnfinished(mark, settings.policies().watchedLocations());
        awaitResumeDone();
    }

    /**
     * The look for unfinished requests goes on to verify each record it finds (both accounts' copies); a test
     * starts once it is over, so the calls a test counts are its own.
     */
    private static void awaitResumeDone() throws InterruptedException {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("peerbot-resume")) {
                thread.join(WAIT.toMillis());
            }
        }
    }

    /** The bot looks for unfinished requests in its own location and every watched one as it starts. */
    private void awaitLookForUnfinished(int mark, List<Location> watched) {
        Set<String> locations = new LinkedHashSet<>();
        locations.add(ACCOUNT_A + ":" + REGION_A);
        watched.forEach(l -> locations.add(l.toString()));
        ec2.calls().awaitSince(mark, "the look for unfinished requests in " + locations, calls -> locations.stream()
                .allMatch(l -> calls.stream().anyMatch(c -> "DescribeVpcPeeringConnections".equals(c.action())
                        && l.equals(c.account() + ":" + c.region()))), WAIT);
    }

    /** Moves the bot's clock on: the background work that falls due in {@code elapsed} runs, on this thread. */
    void advance(Duration elapsed) {
        scheduler.advance(elapsed);
        // what the runs posted is in the threads before the test looks
        assertThat(bot.awaitThreadsDelivered(WAIT)).as("the bot's thread messages went out").isTrue();
    }

    /** The bot's clock: the real time plus all the time the test moved on. */
    java.time.Instant now() {
        return scheduler.clock().instant();
    }

    /** Stops the bot (unless {@link #kill killed}) and starts a new process's worth of it on the same Slack and AWS. */
    void restart() throws Exception {
        if (bot != null) {
            bot.close();
        }
        startBot();
    }

    /**
     * Stops the bot as a crash would (see {@link BotProcess#kill}): what it queued for Slack is lost, and work it
     * had running — e.g. a call held in the EC2 stand-in — can write nothing more. {@link #restart} starts it
     * again.
     */
    void kill() {
        bot.kill();
        bot = null;
    }

    /** Stops the bot, as a crash or a deploy would. */
    void stopBot() {
        bot.close();
    }

    /** The port Slack's HTTP requests go to, with {@link #overHttp}. */
    int httpPort() {
        return bot.httpPort();
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

    /**
     * The first message in the card's thread whose text matches, once the bot has delivered what it queued for
     * threads and done what waited for that (a finished change's report recorded), so calls a test counts from
     * here on are its own.
     */
    RecordedMessage awaitInThread(RecordedMessage card, Predicate<String> text) {
        RecordedMessage found = slack.awaitMessage(m -> card.ts().equals(m.threadTs()) && m.isReply()
                && text.test(m.allText()), WAIT);
        if (bot != null) {
            assertThat(bot.awaitThreadsDelivered(WAIT)).as("the bot's thread messages went out").isTrue();
        }
        return found;
    }

    /** Every message of the card's thread as one text. */
    String threadText(RecordedMessage card) {
        return thread(card).stream().map(RecordedMessage::allText).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** The one peering connection in the EC2 stand-in; fails when there are none or several. */
    StoredPeeringConnection onlyPeering() {
        List<StoredPeeringConnection> all = ec2.state().peerings();
        assertThat(all).hasSize(1);
        return all.get(0);
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

    /**
     * Plays the bot's own save of the record (as a process that stopped right after it left it): the requester's
     * copy with {@code changes}, sealed with the bot's key and the next sequence number, in every account's copy.
     */
    void saveAsTheBot(StoredPeeringConnection pcx, Map<String, String> changes) {
        Map<String, String> record = new LinkedHashMap<>(pcx.tags());
        record.putAll(changes);
        long next = Long.parseLong(pcx.tags().get(SealTags.SEQ)) + 1;
        Map<String, String> sealed = new RecordSeal(SealKeys.parse(configured.get(SealKeys.VARIABLE)))
                .seal(identity(pcx), record, next);
        pcx.tagsOf(pcx.requester().account(), pcx.requester().region()).putAll(sealed);
        if (!pcx.requester().account().equals(pcx.accepter().account())) {
            pcx.tagsOf(pcx.accepter().account(), pcx.accepter().region()).putAll(sealed);
        }
    }

    /** What a record on {@code pcx} is sealed to. */
    static PeeringIdentity identity(StoredPeeringConnection pcx) {
        return new PeeringIdentity(pcx.id(), new Location(pcx.requester().account(), pcx.requester().region()),
                pcx.requester().vpcId(), new Location(pcx.accepter().account(), pcx.accepter().region()),
                pcx.accepter().vpcId());
    }

    /**
     * Alice asks for app-vpc ↔ db-vpc with these ports and no connectivity test, Bob approves, and the bot
     * finishes: the thread says the peering is ready and the record says the thread has the outcome — the last
     * thing the bot writes for it, so a test that counts EC2 calls from here sees only its own.
     */
    RecordedMessage applied(String ports) {
        type(Org.ALICE, "app-vpc db-vpc --no-test --ports " + ports);
        RecordedMessage card = awaitCard();
        approve(Org.BOB, card);
        awaitInThread(card, t -> t.contains("is ready"));
        awaitOutcomesRecorded();
        return card;
    }

    /**
     * Until every peering's record, in both accounts, says its thread has every outcome, and with a lock table until
     * the ledger holds that record's number: a save writes the ledger after the tags.
     */
    void awaitOutcomesRecorded() {
        awaitAws("every record saying its thread has the outcome", () -> ec2.state().peerings().stream()
                .allMatch(p -> isBlank(p.tags().get("peerbot:unreported"))
                        && isBlank(p.accepterTags().get("peerbot:unreported")) && inTheLedger(p)));
    }

    private boolean inTheLedger(StoredPeeringConnection pcx) {
        String seq = pcx.tags().get("peerbot:seq");
        return lockTable.isEmpty() || seq == null || ec2.dynamodb().item(ACCOUNT_A, REGION_A, lockTable.get(),
                "record#" + pcx.id()).map(item -> seq.equals(item.get("seq"))).orElse(false);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** Waits until {@code condition} holds in AWS, looking again each time the EC2 stand-in answers a call. */
    void awaitAws(String what, java.util.function.BooleanSupplier condition) {
        ec2.calls().awaitSince(ec2.calls().mark(), what, calls -> condition.getAsBoolean(), WAIT);
    }

    List<Call> mutatingCalls() {
        return ec2.calls().mutating();
    }

    /**
     * Bot processes on this harness's Slack and AWS, as many as the test starts (one set a test); stopped after the
     * test, before the stand-ins.
     */
    ReplicaSet replicas() {
        if (replicas == null) {
            replicas = new ReplicaSet(this);
        }
        return replicas;
    }

    void close() {
        try {
            if (replicas != null) {
                replicas.close();
                replicas = null;
            }
            if (bot != null) {
                bot.close();
                bot = null;
            }
        } finally {
            try {
                slack.close();
            } finally {
                ec2.close();
            }
        }
    }
}
