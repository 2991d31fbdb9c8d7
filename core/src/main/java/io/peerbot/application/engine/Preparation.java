package io.peerbot.application.engine;

import io.peerbot.domain.validation.Rejection;
import java.util.List;

/** The outcome of preparing a peering: a proposal that may go ahead, or why it may not. */
public sealed interface Preparation {
    record Ready(Proposal proposal) implements Preparation {
    }

    record Refused(List<Rejection> reasons) implements Preparation {
        public Refused {
            reasons = List.copyOf(reasons);
        }
    }
}
