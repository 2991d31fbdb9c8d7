package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.domain.lifecycle.PcxId;
import java.util.Objects;

/** {@code /peer retry}: run the change that failed part-way again, whatever its kind. */
public interface RetryChangeUseCase {
    void retry(Command command);

    /** {@code asker} retries the failed change of {@code pcxId}. */
    record Command(Actor asker, PcxId pcxId) {
        public Command {
            Objects.requireNonNull(asker, "asker");
            Objects.requireNonNull(pcxId, "pcxId");
        }
    }
}
