package io.peerbot.adapter.aws.quotas;

import io.peerbot.domain.network.Location;
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
 * Service Quotas' {@code GetServiceQuota}, spoken directly: the SDK's Service Quotas module is not among the
 * dependencies peerbot can fetch, so this posts AWS's JSON 1.1 protocol itself, signed with the SDK's own SigV4 signer
 * and sent with the SDK's own HTTP client (the same stack, proxies and TLS the EC2 clients use). One method per API
 * call, named as the API names it, so the IAM policy test finds the action.
 */
public final class ServiceQuotasClient implements AutoCloseable {
    static final String SIGNING_NAME = "servicequotas";
    private static final String TARGET = "ServiceQuotasV20190624.GetServiceQuota";

    private final Supplier<SdkHttpClient> makeHttp;
    private SdkHttpClient http;
    private final Optional<URI> endpoint;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /**
     * @param http     the HTTP client; closed with this one
     * @param endpoint the endpoint override the EC2 clients use (the stand-ins); empty: AWS's regional endpoint
     */
    public ServiceQuotasClient(SdkHttpClient http, Optional<URI> endpoint) {
        this(() -> http, endpoint);
    }

    /**
     * @param makeHttp makes the HTTP client at the first call (not when the bot starts); closed with this one
     * @param endpoint the endpoint override the EC2 clients use (the stand-ins); empty: AWS's regional endpoint
     */
    public ServiceQuotasClient(Supplier<SdkHttpClient> makeHttp, Optional<URI> endpoint) {
        this.makeHttp = makeHttp;
        this.endpoint = endpoint;
    }

    private synchronized SdkHttpClient http() {
        if (http == null) {
            http = makeHttp.get();
        }
        return http;
    }

    /**
     * The value of {@code quotaCode} of {@code serviceCode} applied in {@code location}'s account and region.
     *
     * @throws ServiceQuotasException when Service Quotas answers with an error (e.g. {@code AccessDeniedException})
     * @throws UncheckedIOException   when it cannot be reached
     */
    public double getServiceQuota(Location location, AwsCredentialsProvider credentials, String serviceCode,
                                  String quotaCode) {
        String body = "{\"ServiceCode\":\"" + serviceCode + "\",\"QuotaCode\":\"" + quotaCode + "\"}";
        SdkHttpFullRequest request = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST)
                .uri(endpoint.orElseGet(() -> regional(location.region())))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", TARGET)
                .build();
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        SignedRequest signed = signer.sign(r -> r.identity(identity).request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, location.region()));
        try {
            HttpExecuteResponse response = http().prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request()).contentStreamProvider(signed.payload().orElse(null)).build()).call();
            String text = read(response);
            JsonNode json = text.isBlank() ? JsonNode.emptyObjectNode() : JsonNode.parser().parse(text);
            int status = response.httpResponse().statusCode();
            if (status / 100 != 2) {
                throw new ServiceQuotasException(status, errorCode(json, response), member(json, "Message")
                        .or(() -> member(json, "message")).orElse("HTTP " + status));
            }
            return json.field("Quota").flatMap(q -> q.field("Value")).map(JsonNode::asNumber)
                    .map(Double::parseDouble)
                    .orElseThrow(() -> new ServiceQuotasException(status, "MissingValue",
                            "the answer names no value for " + quotaCode));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI regional(String region) {
        String domain = region.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        return URI.create("https://servicequotas." + region + "." + domain + "/");
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

    private static Optional<String> member(JsonNode json, String name) {
        return json.isObject() ? json.field(name).filter(JsonNode::isString).map(JsonNode::asString)
                : Optional.empty();
    }

    @Override
    public synchronized void close() {
        if (http != null) {
            http.close();
        }
    }
}
