package io.peerbot.application.port.in;

/** {@code /peer plan <vpc> <vpc>}: the checks and the plan of a peering, shown only to the asker. */
public interface ShowPlanUseCase {
    void show(PeeringCommand command);
}
