package io.peerbot.application.usecase;

import io.peerbot.application.port.HomeTab;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.SharedFile;
import io.peerbot.domain.chat.MessageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/** A chat that keeps everything the bot said, in order: posts, replies in threads, redraws, private answers. */
public final class RecordingChat implements ChatPort {
    /** One thing said; {@code where} is the thread for a reply, the message for an update, the channel else. */
    public record Said(String how, MessageRef where, String toUser, Notice notice) {
    }

    public record Reply(MessageRef thread, Notice notice) {
    }

    private final List<Said> said = new ArrayList<>();
    private final List<SharedFile> shared = new ArrayList<>();
    private final AtomicInteger ts = new AtomicInteger();
    private final List<Runnable> onEach = new ArrayList<>();
    private final List<HomeTab> homes = new ArrayList<>();
    private final java.util.Set<String> marked = new java.util.HashSet<>();
    /** While not null, {@link #delivered()} waits for {@link #deliverHeld()}; null: everything is delivered at once. */
    private List<CompletableFuture<Void>> held;

    /** From now on the chat delivers nothing until {@link #deliverHeld()}, as during an outage. */
    public synchronized void holdDeliveries() {
        held = new ArrayList<>();
    }

    /** Delivers what was held, and everything from now on at once. */
    public void deliverHeld() {
        List<CompletableFuture<Void>> waiting;
        synchronized (this) {
            waiting = held == null ? List.of() : held;
            held = null;
        }
        waiting.forEach(f -> f.complete(null));
    }

    /** Delivers, when run, what is held by now; what is held later stays held. */
    public synchronized Runnable heldSoFar() {
        List<CompletableFuture<Void>> now = held == null ? List.of() : List.copyOf(held);
        return () -> now.forEach(f -> f.complete(null));
    }

    /** What was held is lost, as a process that stopped loses what it had queued; from now on all goes at once. */
    public synchronized void dropHeld() {
        held = null;
    }

    @Override
    public synchronized CompletableFuture<Void> delivered() {
        if (held == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> later = new CompletableFuture<>();
        held.add(later);
        return later;
    }

    public synchronized List<Said> said() {
        return List.copyOf(said);
    }

    public synchronized List<Reply> replies() {
        return said.stream().filter(s -> s.how().equals("reply")).map(s -> new Reply(s.where(), s.notice()))
                .toList();
    }

    /** The files shared, in order. */
    public synchronized List<SharedFile> shared() {
        return List.copyOf(shared);
    }

    /** What {@code userId} was told privately. */
    public synchronized List<Notice> toldPrivately(String userId) {
        return said.stream().filter(s -> userId.equals(s.toUser())).map(Said::notice).toList();
    }

    /** Every notice of {@code type} said, a refused plan's or request's refusal included. */
    public synchronized <T extends Notice> List<T> all(Class<T> type) {
        return said.stream().map(Said::notice)
                .map(n -> n instanceof Notice.ProposalRefused refused && !type.isInstance(n) ? refused.why() : n)
                .filter(type::isInstance).map(type::cast).toList();
    }

    /** Runs after each thing said (to observe what else has happened by then). */
    public synchronized void onEach(Runnable observer) {
        onEach.add(observer);
    }

    private synchronized MessageRef record(String how, MessageRef where, String toUser, Notice notice) {
        said.add(new Said(how, where, toUser, notice));
        onEach.forEach(Runnable::run);
        return where == null ? null : where.at("1700000001." + String.format("%06d", ts.incrementAndGet()));
    }

    @Override
    public MessageRef post(String channel, Notice notice) {
        return record("post", new MessageRef(channel, "0"), null, notice);
    }

    @Override
    public void reply(MessageRef thread, Notice notice) {
        record("reply", thread, null, notice);
    }

    /** Delivered as soon as said, unless held: a held reply's marker is found once it is delivered. */
    @Override
    public void reply(MessageRef thread, Notice notice, String marker) {
        record("reply", thread, null, notice);
        CompletableFuture<Void> delivery = delivered();
        delivery.thenRun(() -> {
            synchronized (this) {
                marked.add(thread + " " + marker);
            }
        });
    }

    @Override
    public synchronized boolean hasReply(MessageRef thread, String marker) {
        return marked.contains(thread + " " + marker);
    }

    @Override
    public MessageRef replyNow(MessageRef thread, Notice notice) {
        return record("reply", thread, null, notice);
    }

    @Override
    public void update(MessageRef message, Notice notice) {
        record("update", message, null, notice);
    }

    @Override
    public void tellPrivately(String channel, String userId, Notice notice) {
        record("private", new MessageRef(channel, "0"), userId, notice);
    }

    @Override
    public synchronized void share(SharedFile file) {
        shared.add(file);
        onEach.forEach(Runnable::run);
    }

    @Override
    public String permalink(MessageRef message) {
        return "";
    }

    /** The Home tabs published, oldest first. */
    public synchronized List<HomeTab> homes() {
        return List.copyOf(homes);
    }

    @Override
    public synchronized void publishHome(HomeTab home) {
        homes.add(home);
        onEach.forEach(Runnable::run);
    }
}
