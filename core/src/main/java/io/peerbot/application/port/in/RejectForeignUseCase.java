package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.domain.lifecycle.ConnectionReference;

/** Reject on the alert about a peering request peerbot did not make: an owner of the target VPC rejects it. */
public interface RejectForeignUseCase {
    void reject(Actor clicker, ConnectionReference request);
}
