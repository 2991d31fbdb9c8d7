package io.peerbot.standin.ec2;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One call held before it acts, until the test releases it: the caller is then mid-way through whatever it was
 * doing (e.g. a replica stopped mid-apply). See {@link Faults#holdNext}.
 */
public final class Hold {
    private final CountDownLatch reached = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    /** Waits until the held call arrived; false when it did not within {@code timeout}. */
    public boolean awaitReached(Duration timeout) throws InterruptedException {
        return reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Lets the held call go on (and act). */
    public void release() {
        released.countDown();
    }

    void hold() {
        reached.countDown();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
