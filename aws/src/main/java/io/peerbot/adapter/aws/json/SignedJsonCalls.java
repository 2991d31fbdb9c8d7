package io.peerbot.adapter.aws.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Calls of AWS's JSON 1.1 protocol for the services whose SDK modules peerbot cannot fetch (Service Quotas,
 * Organizations): posted with {@code X-Amz-Target}, signed with the SDK's own SigV4 signer and sent with the SDK's
 * own HTTP client, the same stack, proxies and TLS the EC2 clients use.
 */
public final class SignedJsonCalls implements AutoCloseable {
    /** The service answered with an error: its HTTP status, its code (e.g. {@code AccessDeniedException}), why. */
    public static final class Refused extends RuntimeException {
        private final int status;
        private final String code;

        public Refused(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }

        public int status() {
            return status;
        }

        public String code() {
            return code;
        }
    }

    private final Supplier<SdkHttpClient> makeHttp;
    private SdkHttpClient http;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /** @param makeHttp makes the HTTP client at the first call (not when the bot starts); closed with this */
    public SignedJsonCalls(Supplier<SdkHttpClient> makeHttp) {
        this.makeHttp = makeHttp;
    }

    private synchronized SdkHttpClient http() {
        if (http == null) {
            http = makeHttp.get();
        }
        return http;
    }

    /**
     * The answer to {@code target} (e.g. {@code AWSOrganizationsV20161128.ListAccounts}) with {@code body}.
     *
     * @throws Refused              when the service answers with an error
     * @throws UncheckedIOException when it cannot be reached
     */
    public JsonNode post(URI uri, String signingName, String signingRegion, String target, String body,
                         AwsCredentialsProvider credentials) {
        SdkHttpFullRequest request = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST).uri(uri)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", target)
                .build();
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        SignedRequest signed = signer.sign(r -> r.identity(identity).request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, signingName)
                .putProperty(AwsV4HttpSigner.REGION_NAME, signingRegion));
        try {
            HttpExecuteResponse response = http().prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request()).contentStreamProvider(signed.payload().orElse(null)).build()).call();
            String text = read(response);
            JsonNode json = text.isBlank() ? JsonNode.emptyObjectNode() : JsonNode.parser().parse(text);
            int status = response.httpResponse().statusCode();
            if (status / 100 != 2) {
                throw new Refused(status, errorCode(json, response), member(json, "Message")
                        .or(() -> member(json, "message")).orElse("HTTP " + status));
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A string member of an object; empty for anything else. */
    public static Optional<String> member(JsonNode json, String name) {
        return json.isObject() ? json.field(name).filter(JsonNode::isString).map(JsonNode::asString)
                : Optional.empty();
    }

    /** The service's endpoint in {@code region}: {@code https://<prefix>.<region>.amazonaws.com[.cn]/}. */
    public static URI regional(String prefix, String region) {
        String domain = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        return URI.create("https://" + prefix + "." + region + "." + domain + "/");
    }

    private static String read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return "";
        }
        try (InputStream in = response.responseBody().get()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code __type} may carry a namespace ({@code com.amazon...#AccessDeniedException}); the header is the fallback. */
    private static String errorCode(JsonNode json, HttpExecuteResponse response) {
        String code = member(json, "__type")
                .or(() -> response.httpResponse().firstMatchingHeader("x-amzn-ErrorType"))
                .orElse("HTTP" + response.httpResponse().statusCode());
        code = code.substring(code.lastIndexOf('#') + 1);
        int colon = code.indexOf(':');
        return colon < 0 ? code : code.substring(0, colon);
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
        }
    }
}
