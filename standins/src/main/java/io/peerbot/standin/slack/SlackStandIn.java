package io.peerbot.standin.slack;

import com.google.gson.JsonObject;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A local Slack for tests and the sandbox: Slack's Web API and Socket Mode on loopback, with a workspace seeded
 * from Java, and a driver that acts like people (types slash commands, clicks buttons) and records what the app
 * does. The app under test is pointed at it only through {@code SlackConfig.setMethodsEndpointUrlPrefix(apiUrl())}
 * and the tokens handed out here.
 *
 * <pre>{@code
 * try (SlackStandIn slack = SlackStandIn.builder()
 *         .user("U0ALICE", "alice", "Alice Doe", "alice@example.com")
 *         .channel("C0NET", "network")
 *         .start()) {
 *     // start Bolt with slack.apiUrl(), slack.botToken(), slack.appToken(); then
 *     slack.awaitConnected(Duration.ofSeconds(10));
 *     Envelope typed = slack.typeCommand("U0ALICE", "C0NET", "/peer", "app-vpc db-vpc");
 *     Ack ack = slack.awaitAck(typed, Duration.ofSeconds(5));
 *     RecordedMessage request = slack.awaitMessage(m -> m.hasButton("approve"), Duration.ofSeconds(5));
 *     slack.click("U0BOB", request, "approve");
 * }
 * }</pre>
 *
 * <p>Every query returns snapshots; every {@code await…} blocks on the recorded history (no polling) and fails
 * with an {@link AssertionError} listing everything recorded when the time runs out. Thread-safe throughout.
 */
public final class SlackStandIn implements AutoCloseable {

    /** A listener registration; closing it stops delivery. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Workspace workspace;
    private final String botToken;
    private final String appToken;
    private final EventLog log = new EventLog();
    private final MessageStore store;
    private final FileStore files;
    private final SocketModeHub hub;
    private final WebApi webApi;
    private final People people;
    private final HomeViews homes = new HomeViews();
    private final StandInServer server;
    private final String baseUrl;

    SlackStandIn(SlackStandInBuilder b) {
        workspace = new Workspace(b.teamId, b.teamDomain, b.appId, new SlackUser(b.botUserId, b.botName, b.botName, null),
                b.botId, Ids.alnum(24));
        b.seed.forEach(step -> step.accept(workspace));
        botToken = b.botToken != null ? b.botToken : Ids.botToken();
        appToken = b.appToken != null ? b.appToken : Ids.appToken(b.appId);

        TsClock clock = new TsClock();
        store = new MessageStore(clock, log, workspace.botUser().id());
        Responder responder = new Responder(store);
        hub = new SocketModeHub(workspace.appId(), b.ackDeadline, log, (envelope, payload) -> applyAckPayload(responder, envelope, payload));
        BaseUrl base = new BaseUrl();
        ResponseUrls responseUrls = new ResponseUrls(base, workspace.teamId(), responder, log);
        webApi = new WebApi(botToken, appToken, b.botScopes, log, b.clock);
        new ChatMethods(workspace, store, base).registerWith(webApi);
        new DirectoryMethods(workspace).registerWith(webApi);
        files = new FileStore(log);
        FileMethods fileMethods = new FileMethods(workspace, files, base);
        fileMethods.registerWith(webApi);
        new ViewMethods(workspace, homes, log).registerWith(webApi);
        webApi.appMethod("apps.connections.open", r -> hub.openConnection());
        people = new People(workspace, store, hub, responseUrls, new Payloads(workspace, clock));

        server = new StandInServer(webApi, responseUrls, hub, fileMethods);
        int port;
        try {
            port = server.start(b.port);
        } catch (RuntimeException e) {
            hub.close();
            log.close();
            throw e;
        }
        baseUrl = "http://" + StandInServer.HOST + ":" + port + "/";
        base.set(baseUrl);
        hub.linkUrl("ws://" + StandInServer.HOST + ":" + port + "/link/");
    }

    /** Slack answers a slash command's ack payload like a response_url post; a click's ack payload is ignored. */
    private static String applyAckPayload(Responder responder, Envelope envelope, JsonObject payload) {
        if (!Envelope.SLASH_COMMANDS.equals(envelope.type())) {
            return null;
        }
        try {
            responder.respond(new Responder.Origin(envelope.userId(), envelope.channelId(), null), payload, "ack");
            return null;
        } catch (ApiError e) {
            return e.error();
        }
    }

    /** Starts a stand-in with the default team, bot and no people or channels (seed them via {@link #workspace()}). */
    public static SlackStandIn start() {
        return builder().start();
    }

    /** A stand-in to set up: team, bot, tokens, people, channels. */
    public static SlackStandInBuilder builder() {
        return new SlackStandInBuilder();
    }

    // ---------------------------------------------------------------- addresses and identity

    /** The Web API base, ending with {@code /api/}: give it to {@code SlackConfig.setMethodsEndpointUrlPrefix}. */
    public String apiUrl() {
        return baseUrl + "api/";
    }

    /** The server's root, ending with {@code /}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The bot token ({@code xoxb-…}) the Web API accepts. */
    public String botToken() {
        return botToken;
    }

    /** The app-level token ({@code xapp-…}) that {@code apps.connections.open} accepts. */
    public String appToken() {
        return appToken;
    }

    public Workspace workspace() {
        return workspace;
    }

    // ---------------------------------------------------------------- acting like people

    /**
     * A person types {@code command text} in a channel: Slack sends a {@code slash_commands} envelope with a
     * fresh {@code response_url} and {@code trigger_id}.
     *
     * @throws NotConnectedException    when no app is connected over Socket Mode
     * @throws IllegalArgumentException for an unknown user or channel, or a user who is not in the channel
     */
    public Envelope typeCommand(String userId, String channelId, String command, String text) {
        return people.typeCommand(userId, channelId, command, text);
    }

    /**
     * A person clicks the button with {@code actionId} in the current version of {@code message}: Slack sends an
     * {@code interactive} envelope with a {@code block_actions} payload carrying the button's value and block_id.
     *
     * @throws IllegalArgumentException when the message has no such button (the message lists the ones it has),
     *                                  the button has a confirm dialog (use {@link #clickConfirmed}), the message
     *                                  is gone, or the person cannot see it
     * @throws NotConnectedException    when no app is connected over Socket Mode
     */
    public Envelope click(String userId, RecordedMessage message, String actionId) {
        return people.click(userId, message, actionId, false);
    }

    /**
     * A tampered or replayed click: like {@link #clickConfirmed}, but the payload carries {@code forgedValue}
     * instead of the button's own value, as a modified client or a crafted request would.
     */
    public Envelope clickForged(String userId, RecordedMessage message, String actionId, String forgedValue) {
        return people.click(userId, message, actionId, true, forgedValue);
    }

    /** Like {@link #click}, for a button with a confirm dialog that the person confirmed. */
    public Envelope clickConfirmed(String userId, RecordedMessage message, String actionId) {
        return people.click(userId, message, actionId, true);
    }

    /**
     * A person opens the app's Home tab: Slack sends an {@code events_api} envelope with an
     * {@code app_home_opened} event (carrying the Home view they see now, if the app published one).
     */
    public Envelope openHome(String userId) {
        return people.openHome(userId, homes.of(userId));
    }

    /** The Home view the app last published for {@code userId} ({@code views.publish}), as Slack stores it. */
    public Optional<JsonObject> homeView(String userId) {
        return homes.of(userId);
    }

    /** Waits for a Home view for {@code userId} published after {@code after} (an earlier one does not count). */
    public JsonObject awaitHomeView(String userId, Instant after, Duration timeout) {
        return await("a Home view for " + userId + " published after " + after, timeout,
                () -> eventsOf(SlackEvent.HomePublished.class).stream()
                        .filter(e -> e.userId().equals(userId) && !e.at().isBefore(after)).reduce((a, b) -> b)
                        .map(e -> com.google.gson.JsonParser.parseString(e.viewJson()).getAsJsonObject()));
    }

    // ---------------------------------------------------------------- Socket Mode control

    /** Open Socket Mode connections. */
    public int openConnections() {
        return hub.openConnections();
    }

    /**
     * Blocks until the app holds a Socket Mode connection that has not been told to disconnect, and has closed
     * every one that has. After {@link #sendDisconnect} this means Bolt has switched to its new connection.
     *
     * <p>After {@link #disconnectAndClose} or {@link #dropConnections} it only means the new socket is open:
     * Bolt makes it its current session a moment after the handshake, and an envelope typed in that moment is
     * acknowledged on the dead socket and lost, as it would be with Slack.
     */
    public void awaitConnected(Duration timeout) {
        log.await("a Socket Mode connection (and no connection told to disconnect still open)", timeout,
                () -> hub.settledOnFreshConnection() ? Optional.of(true) : Optional.empty());
    }

    /**
     * Blocks until the app has opened {@code count} Socket Mode connections in all (counting closed ones), e.g.
     * {@code connectionsOpened() + 1} after a disconnect to see it reconnect.
     */
    public void awaitConnectionsOpened(int count, Duration timeout) {
        log.await(count + " Socket Mode connections opened", timeout,
                () -> count(SlackEvent.SocketOpened.class) >= count ? Optional.of(true) : Optional.empty());
    }

    /** Socket Mode connections opened so far, closed ones included. */
    public int connectionsOpened() {
        return count(SlackEvent.SocketOpened.class);
    }

    /**
     * Sends {@code {"type":"disconnect","reason":reason}} ({@code refresh_requested}, {@code warning},
     * {@code link_disabled}) on every open connection and leaves them open for the app to replace and close,
     * as Slack does during a refresh. New envelopes go to the app's new connection as soon as it opens.
     */
    public void sendDisconnect(String reason) {
        hub.disconnect(reason, false);
    }

    /** Sends {@code disconnect} with {@code reason} and closes the connections at once (close code 1000). */
    public void disconnectAndClose(String reason) {
        hub.disconnect(reason, true);
    }

    /** Cuts every Socket Mode connection without a word, like a network failure. */
    public void dropConnections() {
        hub.drop();
    }

    // ---------------------------------------------------------------- fault injection

    /**
     * Makes the next call of {@code method} fail with {@code error} ({@code ratelimited} answers HTTP 429 with
     * {@code Retry-After: 1}, as Slack does). Calls queue up: call twice to fail twice.
     */
    public void failNext(String method, String error) {
        webApi.failNext(method, error);
    }

    /**
     * An outage of {@code method}: every call fails with {@code error} for {@code duration} on the stand-in's
     * clock (see {@link SlackStandInBuilder#clock}), or until {@link #restore}. {@code ratelimited} answers HTTP 429
     * with {@code Retry-After} saying how many seconds are left (at least 1); {@code http_500}, {@code http_503}
     * (any {@code http_5xx}) answer that status with no Slack body, as a failing front end does. Nothing is done.
     */
    public void failFor(String method, String error, Duration duration) {
        webApi.failUntil(method, error, duration);
    }

    /** As {@link #failFor}, until {@link #restore}. */
    public void failUntilRestored(String method, String error) {
        webApi.failUntil(method, error, null);
    }

    /** Ends an outage of {@code method} begun with {@link #failFor} or {@link #failUntilRestored}. */
    public void restore(String method) {
        webApi.restore(method);
    }

    // ---------------------------------------------------------------- what was recorded

    /** Top-level messages in a channel (and thread replies broadcast to it), oldest first; not deleted ones. */
    public List<RecordedMessage> messages(String channelId) {
        return store.select(m -> m.channel().equals(channelId) && !m.ephemeral() && !m.deleted()
                && (!m.isReply() || m.replyBroadcast()));
    }

    /** The replies in the thread under {@code threadTs}, oldest first, without the parent. */
    public List<RecordedMessage> thread(String channelId, String threadTs) {
        return store.select(m -> m.channel().equals(channelId) && !m.ephemeral() && !m.deleted()
                && threadTs.equals(m.threadTs()) && !m.ts().equals(threadTs));
    }

    /** Ephemeral messages shown to a person (by any means: chat.postEphemeral, response_url, ack), oldest first. */
    public List<RecordedMessage> ephemeralsFor(String userId) {
        return store.select(m -> m.ephemeral() && userId.equals(m.recipient()) && !m.deleted());
    }

    /** Every message and ephemeral message ever posted, deleted ones included, in posting order. */
    public List<RecordedMessage> allMessages() {
        return store.select(m -> true);
    }

    /** The current version of one message (ephemeral or not), deleted or not. */
    public Optional<RecordedMessage> message(String channelId, String ts) {
        return store.find(channelId, ts);
    }

    /** Every file shared ({@code files.completeUploadExternal}), in order. */
    public List<SharedSlackFile> files() {
        return files.shared();
    }

    /** The files shared in the thread under {@code threadTs}, in order. */
    public List<SharedSlackFile> files(String channelId, String threadTs) {
        return files().stream().filter(f -> f.inThread(channelId, threadTs)).toList();
    }

    /** Where a shared file can be downloaded ({@code url_private}; on loopback, no token needed). */
    public String fileUrl(SharedSlackFile file) {
        return baseUrl + FileMethods.DOWNLOAD_PATH + file.id() + "/" + file.name();
    }

    /** The app's acks, in the order they arrived. */
    public List<Ack> acks() {
        return eventsOf(SlackEvent.EnvelopeAcked.class).stream().map(SlackEvent.EnvelopeAcked::ack).toList();
    }

    public Optional<Ack> ack(Envelope envelope) {
        return acks().stream().filter(a -> a.envelopeId().equals(envelope.id())).findFirst();
    }

    /** Envelopes sent, in order. */
    public List<Envelope> envelopes() {
        return eventsOf(SlackEvent.EnvelopeSent.class).stream().map(SlackEvent.EnvelopeSent::envelope).toList();
    }

    /** Envelopes that got no ack in time (Slack's 3 seconds unless the builder set another deadline). */
    public List<Envelope> missedAcks() {
        return eventsOf(SlackEvent.AckMissed.class).stream().map(SlackEvent.AckMissed::envelope).toList();
    }

    public List<ResponseUrlPost> responseUrlPosts() {
        return eventsOf(SlackEvent.ResponseUrlUsed.class).stream().map(SlackEvent.ResponseUrlUsed::post).toList();
    }

    /** Every Web API call, in order. */
    public List<ApiCall> apiCalls() {
        return eventsOf(SlackEvent.ApiCalled.class).stream().map(SlackEvent.ApiCalled::call).toList();
    }

    public List<ApiCall> apiCalls(String method) {
        return apiCalls().stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The whole timeline. */
    public List<SlackEvent> events() {
        return log.events();
    }

    // ---------------------------------------------------------------- waiting

    /** The first current, non-deleted, non-ephemeral message (any channel, threads included) that matches. */
    public RecordedMessage awaitMessage(Predicate<? super RecordedMessage> matches, Duration timeout) {
        return await("a message matching the condition", timeout,
                () -> store.select(m -> !m.ephemeral() && !m.deleted() && matches.test(m)).stream().findFirst());
    }

    /** The first current ephemeral message to {@code userId} that matches. */
    public RecordedMessage awaitEphemeral(String userId, Predicate<? super RecordedMessage> matches, Duration timeout) {
        return await("an ephemeral message to " + userId + " matching the condition", timeout,
                () -> ephemeralsFor(userId).stream().filter(matches).findFirst());
    }

    /** The first shared file that matches. */
    public SharedSlackFile awaitFile(Predicate<? super SharedSlackFile> matches, Duration timeout) {
        return await("a shared file matching the condition", timeout,
                () -> files().stream().filter(matches).findFirst());
    }

    /** The app's ack of {@code envelope}. */
    public Ack awaitAck(Envelope envelope, Duration timeout) {
        return await("the ack of envelope " + envelope.id(), timeout, () -> ack(envelope));
    }

    public ResponseUrlPost awaitResponseUrlPost(Predicate<? super ResponseUrlPost> matches, Duration timeout) {
        return await("a response_url post matching the condition", timeout,
                () -> responseUrlPosts().stream().filter(matches).findFirst());
    }

    /** The first recorded event that matches, already recorded or not. */
    public SlackEvent awaitEvent(Predicate<? super SlackEvent> matches, Duration timeout) {
        return await("an event matching the condition", timeout, () -> events().stream().filter(matches).findFirst());
    }

    /**
     * Waits until {@code probe} has a value, re-asking whenever the stand-in records something. The probe should
     * read the stand-in's state: a change made elsewhere (say, by a listener) does not wake the wait.
     *
     * @param what described in the failure message
     */
    public <T> T await(String what, Duration timeout, Supplier<Optional<T>> probe) {
        return log.await(what, timeout, probe);
    }

    // ---------------------------------------------------------------- live view

    /**
     * Calls {@code listener} with every event from now on, in order, on one stand-in thread (never the bot's).
     * For a page that shows the channel live.
     */
    public Subscription onEvent(Consumer<? super SlackEvent> listener) {
        AutoCloseable registration = log.subscribe(listener);
        return () -> {
            try {
                registration.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** Stops the server (closing Socket Mode connections) and the stand-in's threads; waiting callers fail. */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            hub.close();
            log.close();
        }
    }

    private int count(Class<? extends SlackEvent> type) {
        return eventsOf(type).size();
    }

    private <E extends SlackEvent> List<E> eventsOf(Class<E> type) {
        List<E> out = new ArrayList<>();
        for (SlackEvent e : log.events()) {
            if (type.isInstance(e)) {
                out.add(type.cast(e));
            }
        }
        return out;
    }

    /** The server's root URL, known only once it listens. */
    static final class BaseUrl implements Supplier<String> {
        private volatile String value;

        void set(String value) {
            this.value = value;
        }

        @Override
        public String get() {
            return value;
        }
    }
}
