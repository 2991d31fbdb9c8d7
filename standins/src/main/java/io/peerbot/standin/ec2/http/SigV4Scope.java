package io.peerbot.standin.ec2.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The credential scope of a SigV4 {@code Authorization} header:
 * {@code Credential=<AKID>/<date>/<region>/<service>/aws4_request}. The signature itself is not verified.
 */
public record SigV4Scope(String accessKeyId, String date, String region, String service) {

    private static final Pattern CREDENTIAL =
            Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/,\\s]+)/([^/,\\s]+)/aws4_request");

    public static Optional<SigV4Scope> parse(String authorization) {
        if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256")) {
            return Optional.empty();
        }
        Matcher m = CREDENTIAL.matcher(authorization);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new SigV4Scope(m.group(1), m.group(2), m.group(3), m.group(4)));
    }
}
