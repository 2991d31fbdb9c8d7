package io.peerbot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.socket_mode.SocketModeClient;
import io.peerbot.adapter.slack.actions.ActionIds;
import io.peerbot.adapter.slack.actions.ButtonListener;
import io.peerbot.adapter.slack.blocks.NoticeRenderer;
import io.peerbot.adapter.slack.chat.OneGsonMethodsClient;
import io.peerbot.adapter.slack.chat.SlackCalls;
import io.peerbot.adapter.slack.chat.SlackChat;
import io.peerbot.adapter.slack.commands.QueueWords;
import io.peerbot.adapter.slack.commands.SlashCommandListener;
import io.peerbot.adapter.slack.events.HomeOpenedListener;
import io.peerbot.adapter.slack.users.SlackOwnerDirectory;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.in.DriftButton;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.port.in.ChatEvents;
import io.peerbot.application.port.in.HomeTabUseCase;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * peerbot's presence in Slack, one per process: one {@link Slack} client (Web API at the configured URL),
 * one Bolt {@link App} with the {@code /peer} command and the Approve / Deny buttons, the bot's own worker
 * threads, and the Socket Mode connection. {@link #chat()} and {@link #owners()} are the output ports.
 *
 * <pre>
 * SlackConnection bot = new SlackConnection(settings);
 * ChatEvents useCases = …(bot.chat(), bot.owners(), …);
 * bot.routeTo(useCases).startSocketMode();
 * …
 * bot.close();
 * </pre>
 *
 * For HTTP mode, {@link #startHttp} serves the same app, with the same listeners, at {@code POST /slack/events}.
 */
public final class SlackConnection implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackConnection.class);
    private final SlackSettings settings;
    private final Clock clock;
    private final Slack slack;
    private final App app;
    /** Typed commands: plans, lists, asks for a change; not peering requests. */
    private final WorkQueue commandWork;
    /**
     * Peering requests: one may wait for its account's turn to count and create requests, and a burst of them
     * from one account would otherwise hold every command worker while plans and lists wait behind them.
     */
    private final WorkQueue requestWork;
    /** Clicks, and the applies they start: a slow apply does not hold up anyone's plan or list, nor the reverse. */
    private final WorkQueue clickWork;
    /** A separate, small queue so telling people about their click never waits behind the work itself. */
    private final WorkQueue clickAnswers;
    private final NoticeRenderer renderer;
    private final SlackChat chat;
    private final SlackOwnerDirectory owners;
    private SocketModeApp socketMode;
    private EnvelopeHandoff envelopes;
    private final AcksFirst acksFirst = new AcksFirst();
    private SlackHttpServer http;
    private int httpPort = -1;
    private boolean routed;
    private boolean disconnected;

    public SlackConnection(SlackSettings settings) {
        this(settings, WorkQueue.Size.DEFAULT, Clock.systemUTC());
    }

    public SlackConnection(SlackSettings settings, WorkQueue.Size workers, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.slack = Slack.getInstance(slackConfig(settings));
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(settings.botToken())
                // HTTP mode: Bolt's RequestVerification checks every request's signature and timestamp with it.
                // Socket Mode requests skip that check, so it does no harm there.
                .signingSecret(settings.signingSecret())
                // Bolt calls auth.test before each request's listener unless cached; cached for good, the
                // ack path does no I/O. A revoked token still shows on the next Web API call.
                .authTestCacheExpirationMillis(-1L)
                .build());
        this.commandWork = new WorkQueue("peerbot-worker", workers, false, acksFirst);
        this.requestWork = new WorkQueue("peerbot-request", workers, false, acksFirst);
        this.clickWork = new WorkQueue("peerbot-click", workers, false, acksFirst);
        this.clickAnswers = new WorkQueue("peerbot-click-answer", new WorkQueue.Size(1, 4), true);
        MethodsClient methods = OneGsonMethodsClient.of(slack, settings.botToken());
        java.time.Duration longest = settings.retries().longestWait();
        SlackCalls calls = new SlackCalls(wait -> Thread.sleep(Math.min(wait.toMillis(), longest.toMillis())));
        this.renderer = new NoticeRenderer(clock);
        this.chat = new SlackChat(methods, renderer, calls, settings.retries().firstWait());
        this.owners = new SlackOwnerDirectory(methods, calls);
    }

    private static SlackConfig slackConfig(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // No in-memory call statistics: nothing reads them, and they keep a background thread.
        config.setStatsEnabled(false);
        return config;
    }

    /**
     * Registers {@code /peer} and every button (Approve / Deny, and an answer for any other); their work goes to
     * {@code commands}. Once.
     */
    public synchronized SlackConnection routeTo(ChatEvents commands) {
        if (routed) {
            throw new IllegalStateException("already routed");
        }
        routed = true;
        app.command(SlashCommandListener.COMMAND, new SlashCommandListener(commandWork, requestWork, commands,
                renderer));
        app.blockAction(ButtonListener.EVERY_ACTION, new ButtonListener(clickWork, new ClickAnswers())
                .on(ActionIds.APPROVE, commands::onApprove)
                .on(ActionIds.DENY, commands::onDeny)
                .on(ActionIds.DRIFT_REPAIR, (actor, value) -> commands.onDriftClick(actor, DriftButton.REPAIR, value))
                .on(ActionIds.DRIFT_EXTEND, (actor, value) -> commands.onDriftClick(actor, DriftButton.EXTEND, value))
                .on(ActionIds.DRIFT_DISMISS, (actor, value) -> commands.onDriftClick(actor, DriftButton.DISMISS, value))
                .on(ActionIds.RENEW, commands::onRenew)
                .on(ActionIds.END_NOW, commands::onEndNow)
                .on(ActionIds.REJECT_FOREIGN, commands::onRejectForeign));
        return this;
    }

    /** Publishes the bot's Home tab through {@code home} whenever someone opens it ({@code app_home_opened}). */
    public synchronized SlackConnection showHomeWith(HomeTabUseCase home) {
        app.event(AppHomeOpenedEvent.class, new HomeOpenedListener(commandWork, home));
        return this;
    }

    private final class ClickAnswers implements ButtonListener.Answers {
        @Override
        public void unknownButton(Actor clicker) {
            tell(clicker, new Notice.UnknownButton());
        }

        @Override
        public void waiting(Actor clicker, WorkQueue.Admission admission) {
            QueueWords.of(admission).ifPresent(words -> tell(clicker, new Notice.Text(words)));
        }

        private void tell(Actor clicker, Notice notice) {
            clickAnswers.submit(clicker.userId(), "answer to a click by " + clicker.userId(),
                    () -> chat.tellPrivately(clicker.channel(), clicker.userId(), notice));
        }
    }

    /** Starts listening for Slack the given way: {@link #startSocketMode()} or {@link #startHttp}. */
    public void start(SlackTransport transport) throws Exception {
        if (transport instanceof SlackTransport.Http h) {
            startHttp(h.host(), h.port());
        } else {
            startSocketMode();
        }
    }

    /**
     * Starts Bolt (which checks the bot token with {@code auth.test}) and serves it over HTTP on
     * {@code host:port} (port 0: any free one): Slack's slash command and interactivity request URL is
     * {@code POST /slack/events}, each request verified with the signing secret; {@code GET /healthz} is for the
     * load balancer. Returns the port listened on.
     */
    public synchronized int startHttp(String host, int port) {
        if (!routed) {
            throw new IllegalStateException("routeTo(commands) first");
        }
        if (socketMode != null || http != null) {
            throw new IllegalStateException("already started");
        }
        if (settings.signingSecret() == null) {
            throw new IllegalStateException("HTTP mode needs the app's signing secret (SLACK_SIGNING_SECRET) to verify "
                    + "Slack's requests");
        }
        app.start();
        SlackHttpServer server = new SlackHttpServer(app, clock);
        try {
            httpPort = server.start(host, port);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        http = server;
        return httpPort;
    }

    /** The port HTTP mode listens on, once {@link #startHttp} returned. */
    public synchronized int httpPort() {
        if (http == null) {
            throw new IllegalStateException("not serving HTTP");
        }
        return httpPort;
    }

    /**
     * Starts Bolt (which checks the bot token with {@code auth.test}) and connects to Slack over Socket Mode
     * with the app token. Returns once connected; if the first connection fails, the client keeps trying.
     */
    public synchronized void startSocketMode() throws Exception {
        if (!routed) {
            throw new IllegalStateException("routeTo(commands) first");
        }
        if (socketMode != null || http != null) {
            throw new IllegalStateException("already started");
        }
        if (settings.appToken() == null || settings.appToken().isBlank()) {
            throw new IllegalStateException("Socket Mode needs an app-level token (SLACK_APP_TOKEN, xapp-…)");
        }
        socketMode = new SocketModeApp(settings.appToken(), app);
        socketMode.startAsync();
        envelopes = EnvelopeHandoff.install(socketMode.getClient(),
                SocketModeClient.DEFAULT_MESSAGE_PROCESSOR_CONCURRENCY, acksFirst);
        log.info("Connected to Slack over Socket Mode ({})", settings.apiUrl());
    }

    public ChatPort chat() {
        return chat;
    }

    /** Waits up to {@code grace} until what the bot queued for Slack's threads went out; true when it did. */
    public boolean awaitThreadsDelivered(java.time.Duration grace) {
        return chat.awaitDelivered(grace);
    }

    public OwnerDirectory owners() {
        return owners;
    }

    /**
     * Disconnects (or stops serving HTTP), lets running work finish (briefly; what is cut short is resumed from
     * AWS on the next start), stops Bolt and closes the Slack client. No thread of the bot's is left running.
     */
    @Override
    public synchronized void close() {
        disconnect();
        commandWork.close(10, TimeUnit.SECONDS);
        requestWork.close(10, TimeUnit.SECONDS);
        clickWork.close(10, TimeUnit.SECONDS);
        clickAnswers.close(2, TimeUnit.SECONDS);
        chat.close(java.time.Duration.ofSeconds(5));
        try {
            slack.close();
        } catch (Exception e) {
            log.warn("Closing the Slack client: {}", e.getMessage(), e);
        }
    }

    /**
     * Stops talking to Slack at once, as a crash would: what is queued for threads is dropped undelivered and the
     * connection closed; work still running can say nothing more. {@link #close} then stops the rest.
     */
    public synchronized void cutOff() {
        chat.close(java.time.Duration.ZERO);
        disconnect();
    }

    private void disconnect() {
        if (http != null) {
            // No new requests first; what was acknowledged is still worked on below.
            http.close();
            http = null;
            app.stop();
        } else if (socketMode != null) {
            SocketModeClient client = socketMode.getClient();
            try {
                if (client != null) {
                    client.close();
                }
                socketMode.close();
            } catch (Exception e) {
                log.warn("Closing the Socket Mode connection: {}", e.getMessage(), e);
            }
            if (envelopes != null) {
                envelopes.close();
            }
            socketMode = null;
        } else if (!disconnected) {
            app.stop();
        }
        disconnected = true;
    }
}
