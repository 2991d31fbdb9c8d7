package io.peerbot.application.port.in;

import io.peerbot.application.port.Actor;
import io.peerbot.domain.lifecycle.ChangeReference;
import java.util.Objects;
import java.util.Optional;

/** {@code clicker} approves or denies the change {@code reference} names (read back from AWS, never trusted). */
public record DecideChangeCommand(Actor clicker, boolean approve, ChangeReference reference) {
    public DecideChangeCommand {
        Objects.requireNonNull(clicker, "clicker");
        Objects.requireNonNull(reference, "reference");
    }

    /** The command a button's value makes; empty when the value is no reference (forged or mangled). */
    public static Optional<DecideChangeCommand> fromButton(Actor clicker, boolean approve, String buttonValue) {
        return ChangeReference.parse(buttonValue).map(reference -> new DecideChangeCommand(clicker, approve,
                reference));
    }
}
