package io.peerbot.domain.connectivity;

import io.peerbot.domain.network.Instance;

/** The instance a VPC's side of the test runs on, or why there is none. */
public sealed interface ProbeChoice {
    record Found(Instance instance) implements ProbeChoice {
    }

    /** @param reason a sentence for a person, saying what to do about it */
    record Missing(String reason) implements ProbeChoice {
    }
}
