package io.peerbot.adapter.aws.seal;

import io.peerbot.application.port.CloudException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KmsInvalidMacException;
import software.amazon.awssdk.services.kms.model.MacAlgorithmSpec;
import software.amazon.awssdk.services.kms.model.NotFoundException;

/**
 * Seal keys held in KMS ({@code HMAC_256} keys, {@code PEERBOT_SEAL_KMS_KEYS=<key ARN>[,<older key ARN>…]}): the key
 * material never leaves KMS, and every seal made or checked is a {@code GenerateMac} or {@code VerifyMac} call in
 * CloudTrail. The first key signs; all verify. A record naming any other key is {@link MacCheck#UNKNOWN_KEY} without
 * asking KMS, so a key someone else made (and lets the bot use) can never vouch for a record. KMS takes at most
 * 4096 bytes, so the MAC is over the SHA-256 of the canonical record.
 */
public final class KmsSealMacs implements SealMacs {
    public static final String VARIABLE = "PEERBOT_SEAL_KMS_KEYS";

    private final KmsClient kms;
    private final List<String> keyIds;

    public KmsSealMacs(KmsClient kms, List<String> keyIds) {
        if (keyIds.isEmpty()) {
            throw new SealKeyException(VARIABLE + " names no key.");
        }
        this.kms = kms;
        this.keyIds = List.copyOf(keyIds);
    }

    /** The key ids of {@code PEERBOT_SEAL_KMS_KEYS}: a comma list, the signing key first, each named once. */
    public static List<String> parseKeyIds(String text) {
        if (text == null || text.isBlank()) {
            throw new SealKeyException(VARIABLE + " is not set; set it to the ARN of a KMS HMAC_256 key the bot may "
                    + "use for GenerateMac and VerifyMac.");
        }
        Set<String> ids = new LinkedHashSet<>();
        String[] entries = text.split(",", -1);
        for (int i = 0; i < entries.length; i++) {
            String id = entries[i].trim();
            if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
                throw new SealKeyException(VARIABLE + ": entry " + (i + 1) + " is not a KMS key id or ARN.");
            }
            if (!ids.add(id)) {
                throw new SealKeyException(VARIABLE + ": key " + id + " appears twice.");
            }
        }
        return new ArrayList<>(ids);
    }

    @Override
    public String signingKeyId() {
        return keyIds.get(0);
    }

    @Override
    public byte[] mac(String keyId, byte[] message) {
        if (!keyIds.contains(keyId)) {
            throw new IllegalArgumentException("no seal key " + keyId);
        }
        try {
            return kms.generateMac(r -> r.keyId(keyId).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
                    .message(SdkBytes.fromByteArray(sha256(message)))).mac().asByteArray();
        } catch (SdkException e) {
            throw cloud("GenerateMac", e);
        }
    }

    @Override
    public MacCheck verify(String keyId, byte[] message, byte[] mac) {
        if (!keyIds.contains(keyId)) {
            return MacCheck.UNKNOWN_KEY;
        }
        try {
            boolean valid = kms.verifyMac(r -> r.keyId(keyId).macAlgorithm(MacAlgorithmSpec.HMAC_SHA_256)
                    .message(SdkBytes.fromByteArray(sha256(message))).mac(SdkBytes.fromByteArray(mac))).macValid();
            return valid ? MacCheck.MATCH : MacCheck.MISMATCH;
        } catch (KmsInvalidMacException e) {
            return MacCheck.MISMATCH;
        } catch (NotFoundException e) {
            return MacCheck.UNKNOWN_KEY;
        } catch (SdkException e) {
            throw cloud("VerifyMac", e);
        }
    }

    private static CloudException cloud(String action, SdkException e) {
        String code = e instanceof AwsServiceException service && service.awsErrorDetails() != null
                ? service.awsErrorDetails().errorCode() : "ClientError";
        return new CloudException(action, code, action + " with the seal key failed: " + e.getMessage(), e);
    }

    private static byte[] sha256(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "KmsSealMacs[" + signingKeyId() + " signs; " + String.join(", ", keyIds) + " verify]";
    }
}
