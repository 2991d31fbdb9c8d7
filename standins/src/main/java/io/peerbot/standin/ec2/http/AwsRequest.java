package io.peerbot.standin.ec2.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** One HTTP request to the stand-in, before any service has looked at it. */
public final class AwsRequest {
    private final Map<String, String> headers;
    private final byte[] body;
    private Map<String, String> form;

    public AwsRequest(Map<String, String> headers, byte[] body) {
        Map<String, String> lower = new HashMap<>();
        headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        this.headers = Collections.unmodifiableMap(lower);
        this.body = body.clone();
    }

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The SigV4 credential scope from the Authorization header, if any. */
    public Optional<SigV4Scope> scope() {
        return SigV4Scope.parse(header("Authorization"));
    }

    /** The body as {@code application/x-www-form-urlencoded} parameters (AWS Query protocol). */
    public synchronized Map<String, String> formParams() {
        if (form == null) {
            form = parseForm(bodyText());
        }
        return form;
    }

    private static Map<String, String> parseForm(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        if (text.isBlank()) {
            return Collections.unmodifiableMap(params);
        }
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableMap(params);
    }
}
