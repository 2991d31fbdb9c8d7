package io.peerbot.application.port.in;

/** {@code /peer <vpc> <vpc>}: ask for a peering, approved by both sides' owners. */
public interface RequestPeeringUseCase {
    void request(PeeringCommand command);
}
