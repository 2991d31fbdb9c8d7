package io.peerbot.application.port.in;

/** {@code /peer open|close|delete}: ask for a change to an applied peering, approved by both sides' owners. */
public interface AskChangeUseCase {
    void ask(AskChangeCommand command);
}
