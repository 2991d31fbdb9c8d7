package io.peerbot.adapter.aws.seal;

/**
 * The keys that seal records: one signs, every one verifies, so a key can be rotated in (added, then made the
 * signing key) and out (dropped once no record it sealed is still in use). Implementations keep the key
 * material where only the bot can use it: {@link SealKeys} in the bot's environment.
 */
public interface SealMacs {

    /** The outcome of checking a MAC against one key. */
    enum MacCheck { MATCH, MISMATCH, UNKNOWN_KEY }

    /** The id of the key that seals new records. */
    String signingKeyId();

    /** HMAC-SHA256 of {@code message} under the key {@code keyId}; fails for a key this set does not hold. */
    byte[] mac(String keyId, byte[] message);

    /** Whether {@code mac} is the MAC of {@code message} under {@code keyId}, compared in constant time. */
    MacCheck verify(String keyId, byte[] message, byte[] mac);
}
