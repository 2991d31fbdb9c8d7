package io.peerbot.application.port.in;

/** A click on Approve or Deny of a change's card, whatever the change's kind. */
public interface DecideChangeUseCase {
    void decide(DecideChangeCommand command);
}
