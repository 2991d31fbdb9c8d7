package io.peerbot.standin.ec2;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiPredicate;

/**
 * One call held — before it acts ({@link Faults#holdNext}) or once it took effect ({@link Faults#holdAfterApply}):
 * it goes on only after {@link #release()}, so a test can stop the
 * caller at that very point (as a kill would) and start another. Takes the first call of its action whose account
 * and form parameters match; released at the latest after {@link #LONGEST}, so no test hangs for good.
 */
public final class Hold {
    static final Duration LONGEST = Duration.ofSeconds(60);

    private final String action;
    private final BiPredicate<String, Map<String, String>> which;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    Hold(String action, BiPredicate<String, Map<String, String>> which) {
        this.action = action;
        this.which = which;
    }

    boolean takes(String action, String account, Map<String, String> params) {
        return this.action.equals(action) && which.test(account, params);
    }

    /** Keeps the answer back until released. */
    void hold() {
        reached.countDown();
        try {
            released.await(LONGEST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until a call took effect and is held; false when none came within {@code timeout}. */
    public boolean awaitHeld(Duration timeout) throws InterruptedException {
        return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean held() {
        return reached.getCount() == 0;
    }

    /** Sends the held call's answer (to a caller that may be gone). */
    public void release() {
        released.countDown();
    }
}
