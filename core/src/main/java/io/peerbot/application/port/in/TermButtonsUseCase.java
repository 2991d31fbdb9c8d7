package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.domain.lifecycle.ChangeReference;

/** The buttons of a reminder that a temporary peering or opening ends soon. */
public interface TermButtonsUseCase {
    /** Renew: asks for a renewal as long as the term was, approved by both sides like any change. */
    void renew(Actor clicker, ChangeReference source);

    /** End now: an owner of either side (or an admin) has it taken away at once. */
    void endNow(Actor clicker, ChangeReference source);
}
