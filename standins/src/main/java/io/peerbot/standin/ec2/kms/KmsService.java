package io.peerbot.standin.ec2.kms;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.http.AwsRequest;
import io.peerbot.standin.ec2.http.AwsResponse;
import io.peerbot.standin.ec2.http.JsonProtocolService;
import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.JsonProtocol;
import io.peerbot.standin.ec2.http.CallContext;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * KMS HMAC keys over the AWS JSON 1.1 protocol ({@code X-Amz-Target: TrentService.<Action>}): {@code GenerateMac}
 * and {@code VerifyMac} with {@code HMAC_SHA_256}, as KMS answers them: {@code KMSInvalidMacException} for a MAC that
 * does not match, {@code NotFoundException} for an unknown key or alias, {@code DisabledException} for a disabled
 * key. A key is used only in its own account and region. Register it with {@code Ec2StandIn.addService}.
 */
public final class KmsService implements JsonProtocolService {
    private static final String TARGET_PREFIX = "TrentService.";
    private static final String HMAC_SHA_256 = "HMAC_SHA_256";
    private static final int MAX_MESSAGE = 4096;

    private record Key(String arn, String account, String region, byte[] secret) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Key> keys = new ConcurrentHashMap<>();
    private final Map<String, String> aliases = new ConcurrentHashMap<>();
    private final Set<String> disabled = ConcurrentHashMap.newKeySet();

    /** Makes an HMAC_SHA_256 key in an account and region and returns its ARN. */
    public String hmacKey(String account, String region) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String arn = "arn:aws:kms:" + region + ":" + account + ":key/" + UUID.randomUUID();
        keys.put(arn, new Key(arn, account, region, secret));
        return arn;
    }

    /** Points {@code alias/<name>} in the key's account and region at the key. */
    public KmsService alias(String aliasName, String keyArn) {
        Key key = keys.get(keyArn);
        aliases.put("arn:aws:kms:" + key.region() + ":" + key.account() + ":" + aliasName, keyArn);
        return this;
    }

    /** Disables a key: it neither makes nor checks MACs. */
    public KmsService disable(String keyArn) {
        disabled.add(keyArn);
        return this;
    }

    @Override
    public String signingName() {
        return "kms";
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public AwsResponse handle(CallContext call) {
        JsonObject in = JsonProtocol.request(call.request().bodyText());
        JsonObject out = switch (call.action()) {
            case "GenerateMac" -> generateMac(call, in);
            case "VerifyMac" -> verifyMac(call, in);
            default -> throw unknownAction(call.action());
        };
        return AwsResponse.json(200, out.toString());
    }

    private JsonObject generateMac(CallContext call, JsonObject in) {
        Key key = key(call, required(in, "KeyId", "keyId"));
        byte[] message = message(in);
        algorithm(in);
        JsonObject out = new JsonObject();
        out.addProperty("KeyId", key.arn());
        out.addProperty("Mac", Base64.getEncoder().encodeToString(mac(key, message)));
        out.addProperty("MacAlgorithm", HMAC_SHA_256);
        return out;
    }

    private JsonObject verifyMac(CallContext call, JsonObject in) {
        Key key = key(call, required(in, "KeyId", "keyId"));
        byte[] message = message(in);
        algorithm(in);
        byte[] mac = blob(required(in, "Mac", "mac"), "mac");
        if (!MessageDigest.isEqual(mac(key, message), mac)) {
            throw AwsServiceError.client("KMSInvalidMacException", null);
        }
        JsonObject out = new JsonObject();
        out.addProperty("KeyId", key.arn());
        out.addProperty("MacValid", true);
        out.addProperty("MacAlgorithm", HMAC_SHA_256);
        return out;
    }

    private Key key(CallContext call, String keyId) {
        String prefix = "arn:aws:kms:" + call.region() + ":" + call.caller().account() + ":";
        String arn;
        if (keyId.startsWith("alias/") || keyId.startsWith("arn:aws:kms:") && keyId.contains(":alias/")) {
            String aliasArn = keyId.startsWith("alias/") ? prefix + keyId : keyId;
            arn = Optional.ofNullable(aliases.get(aliasArn)).orElseThrow(() -> AwsServiceError.client(
                    "NotFoundException", "Alias " + aliasArn + " is not found."));
        } else {
            arn = keyId.startsWith("arn:") ? keyId : prefix + "key/" + keyId;
        }
        Key key = keys.get(arn);
        if (key == null || !arn.startsWith(prefix)) {
            throw AwsServiceError.client("NotFoundException", "Key '" + arn + "' does not exist");
        }
        if (disabled.contains(arn)) {
            throw AwsServiceError.client("DisabledException", arn + " is disabled.");
        }
        return key;
    }

    private static byte[] message(JsonObject in) {
        byte[] message = blob(required(in, "Message", "message"), "message");
        if (message.length < 1 || message.length > MAX_MESSAGE) {
            throw AwsServiceError.client("ValidationException", "1 validation error detected: Value at 'message' "
                    + "failed to satisfy constraint: Member must have length less than or equal to " + MAX_MESSAGE);
        }
        return message;
    }

    private static void algorithm(JsonObject in) {
        String algorithm = required(in, "MacAlgorithm", "macAlgorithm");
        if (!HMAC_SHA_256.equals(algorithm)) {
            throw AwsServiceError.client("InvalidKeyUsageException", "The key is an HMAC_256 key; "
                    + algorithm + " is not supported for it.");
        }
    }

    private static byte[] mac(Key key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] blob(String base64, String member) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw AwsServiceError.client("SerializationException", "Could not read " + member + " as a blob");
        }
    }

    private static String required(JsonObject in, String name, String member) {
        JsonElement value = in.get(name);
        if (value == null || value.isJsonNull()) {
            throw AwsServiceError.client("ValidationException", "1 validation error detected: Value null at '"
                    + member + "' failed to satisfy constraint: Member must not be null");
        }
        return value.getAsString();
    }

    @Override
    public AwsResponse renderError(AwsServiceError error, String requestId) {
        return JsonProtocol.error(error, "message");
    }

    @Override
    public AwsServiceError fault(Fault fault) {
        return switch (fault) {
            case THROTTLE -> AwsServiceError.client("ThrottlingException", "Rate exceeded");
            case UNAVAILABLE -> new AwsServiceError(503, "KMSInternalException", "Service is unavailable.");
            case INTERNAL_ERROR, INTERNAL_ERROR_AFTER_APPLY ->
                    new AwsServiceError(500, "KMSInternalException", "An internal error has occurred.");
        };
    }
}
