package io.peerbot.adapter.aws.seal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 keys from the bot's environment: {@code PEERBOT_SEAL_KEYS=k2:<base64>,k1:<base64>}. The first key
 * signs; all of them verify. To rotate, put a new key first and keep the old one after it; drop the old one once
 * every record has been saved again. A key has at least 32 random bytes ({@code openssl rand -base64 32}).
 */
public final class SealKeys implements SealMacs {
    public static final String VARIABLE = "PEERBOT_SEAL_KEYS";
    public static final int MIN_KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final String ALGORITHM = "HmacSHA256";

    private final String signingKeyId;
    private final Map<String, SecretKeySpec> keys;

    private SealKeys(String signingKeyId, Map<String, SecretKeySpec> keys) {
        this.signingKeyId = signingKeyId;
        this.keys = Map.copyOf(keys);
    }

    /**
     * A {@value #VARIABLE} value with one fresh random key named {@code keyId}: for a bot that lives only as long
     * as one run (the sandbox, tests), whose records need not outlive it.
     */
    public static String randomValue(String keyId) {
        byte[] secret = new byte[MIN_KEY_BYTES];
        new java.security.SecureRandom().nextBytes(secret);
        return keyId + ":" + Base64.getEncoder().encodeToString(secret);
    }

    /** The keys in {@code env}'s {@value #VARIABLE}. */
    public static SealKeys fromEnvironment(Map<String, String> env) {
        return parse(env.get(VARIABLE));
    }

    /** Parses {@code keyId:base64key[,keyId:base64key…]}; throws {@link SealKeyException} saying what is wrong. */
    public static SealKeys parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SealKeyException(VARIABLE + " is not set. The bot seals the records it keeps on peerings with "
                    + "it; set it to keyId:base64key, e.g. k1:$(openssl rand -base64 32).");
        }
        Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        String[] entries = text.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new SealKeyException(VARIABLE + ": entry " + (i + 1) + " is not keyId:base64key.");
            }
            String keyId = entry.substring(0, colon);
            if (!KEY_ID.matcher(keyId).matches()) {
                // not quoted: with the two parts swapped, what stands before the ':' is the secret
                throw new SealKeyException(VARIABLE + ": entry " + (i + 1) + " has a key id (before its first ':') "
                        + "that is not 1 to 64 letters, digits, '.', '_' or '-'; an entry is keyId:base64key, the id "
                        + "first.");
            }
            if (keys.containsKey(keyId)) {
                throw new SealKeyException(VARIABLE + ": key id " + keyId + " appears twice.");
            }
            byte[] secret = decode(keyId, entry.substring(colon + 1).trim());
            if (secret.length < MIN_KEY_BYTES) {
                throw new SealKeyException(VARIABLE + ": key " + keyId + " has " + secret.length + " bytes; a seal "
                        + "key needs at least " + MIN_KEY_BYTES + " random bytes (openssl rand -base64 32).");
            }
            keys.put(keyId, new SecretKeySpec(secret, ALGORITHM));
        }
        return new SealKeys(keys.keySet().iterator().next(), keys);
    }

    private static byte[] decode(String keyId, String base64) {
        try {
            return base64.contains("-") || base64.contains("_")
                    ? Base64.getUrlDecoder().decode(base64) : Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SealKeyException(VARIABLE + ": key " + keyId + " is not base64.");
        }
    }

    @Override
    public String signingKeyId() {
        return signingKeyId;
    }

    /** The ids of every key, the signing key first. */
    public List<String> keyIds() {
        List<String> ids = new ArrayList<>();
        ids.add(signingKeyId);
        keys.keySet().stream().filter(id -> !id.equals(signingKeyId)).sorted().forEach(ids::add);
        return ids;
    }

    @Override
    public byte[] mac(String keyId, byte[] message) {
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new IllegalArgumentException("no seal key " + keyId);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        }
    }

    @Override
    public MacCheck verify(String keyId, byte[] message, byte[] mac) {
        if (!keys.containsKey(keyId)) {
            return MacCheck.UNKNOWN_KEY;
        }
        return MessageDigest.isEqual(mac(keyId, message), mac) ? MacCheck.MATCH : MacCheck.MISMATCH;
    }

    /** Names the keys, never their material. */
    @Override
    public String toString() {
        return "SealKeys[" + signingKeyId + " signs; " + String.join(", ", keyIds()) + " verify]";
    }
}
