package io.peerbot.adapter.aws.quotas;

import io.peerbot.adapter.aws.json.SignedJsonCalls;
import io.peerbot.domain.network.Location;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * Service Quotas' {@code GetServiceQuota}, spoken directly ({@link SignedJsonCalls}): the SDK's Service Quotas module
 * is not among the dependencies peerbot can fetch. One method per API call, named as the API names it, so the IAM
 * policy test finds the action.
 */
public final class ServiceQuotasClient implements AutoCloseable {
    static final String SIGNING_NAME = "servicequotas";
    private static final String TARGET = "ServiceQuotasV20190624.GetServiceQuota";

    private final SignedJsonCalls calls;
    private final Optional<URI> endpoint;

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
        this.calls = new SignedJsonCalls(makeHttp);
        this.endpoint = endpoint;
    }

    /**
     * The value of {@code quotaCode} of {@code serviceCode} applied in {@code location}'s account and region.
     *
     * @throws SignedJsonCalls.Refused when Service Quotas answers with an error (e.g. {@code AccessDeniedException})
     * @throws UncheckedIOException    when it cannot be reached
     */
    public double getServiceQuota(Location location, AwsCredentialsProvider credentials, String serviceCode,
                                  String quotaCode) {
        String body = "{\"ServiceCode\":\"" + serviceCode + "\",\"QuotaCode\":\"" + quotaCode + "\"}";
        JsonNode json = calls.post(endpoint.orElseGet(() -> SignedJsonCalls.regional("servicequotas",
                location.region())), SIGNING_NAME, location.region(), TARGET, body, credentials);
        return json.field("Quota").flatMap(q -> q.field("Value")).map(JsonNode::asNumber)
                .map(Double::parseDouble)
                .orElseThrow(() -> new SignedJsonCalls.Refused(200, "MissingValue",
                        "the answer names no value for " + quotaCode));
    }

    @Override
    public void close() {
        calls.close();
    }
}
