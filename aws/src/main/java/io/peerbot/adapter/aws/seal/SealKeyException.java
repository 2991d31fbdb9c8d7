package io.peerbot.adapter.aws.seal;

/** {@code PEERBOT_SEAL_KEYS} is missing or malformed; the message says what to fix and never shows a key. */
public final class SealKeyException extends IllegalArgumentException {
    public SealKeyException(String message) {
        super(message);
    }
}
