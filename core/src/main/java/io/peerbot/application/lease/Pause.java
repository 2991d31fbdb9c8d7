package io.peerbot.application.lease;

import java.time.Duration;

/** Waits a while between two tries (to take a lease, to read a record); a test's moves its clock instead. */
@FunctionalInterface
public interface Pause {
    void pause(Duration length) throws InterruptedException;

    static Pause sleeping() {
        return length -> Thread.sleep(length.toMillis());
    }
}
