package io.peerbot.adapter.slack;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.ChatEvents;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the use cases: records every call with the thread it ran on, and can hold calls until
 * released (to show that acks do not wait for the work).
 */
final class RecordingCommands implements ChatEvents {
    /** One call: which method, who, what text or button value, on which thread. */
    record Call(String method, Actor actor, String argument, String thread) {
    }

    private final BlockingQueue<Call> calls = new LinkedBlockingQueue<>();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile Optional<Notice> atOnce = Optional.empty();

    /** From now on every command is answered at once with {@code notice}, as help or a malformed one is. */
    void answerAtOnceWith(Notice notice) {
        atOnce = Optional.of(notice);
    }

    @Override
    public Optional<Notice> answerAtOnce(Actor actor, String text) {
        return atOnce;
    }

    @Override
    public void onCommand(Actor actor, String text) {
        record("onCommand", actor, text);
    }

    @Override
    public void onApprove(Actor actor, String reference) {
        record("onApprove", actor, reference);
    }

    @Override
    public void onDeny(Actor actor, String reference) {
        record("onDeny", actor, reference);
    }

    @Override
    public void onRenew(Actor actor, String reference) {
        record("onRenew", actor, reference);
    }

    @Override
    public void onEndNow(Actor actor, String reference) {
        record("onEndNow", actor, reference);
    }

    @Override
    public void onRejectForeign(Actor actor, String reference) {
        record("onRejectForeign", actor, reference);
    }

    /** From now on, calls are recorded at once but return only after {@link #release()}. */
    void holdCalls() {
        hold = new CountDownLatch(1);
    }

    void release() {
        hold.countDown();
    }

    Call next(Duration timeout) throws InterruptedException {
        Call call = calls.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (call == null) {
            throw new AssertionError("no call to ChatEvents within " + timeout);
        }
        return call;
    }

    private void record(String method, Actor actor, String argument) {
        calls.add(new Call(method, actor, argument, Thread.currentThread().getName()));
        try {
            hold.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
