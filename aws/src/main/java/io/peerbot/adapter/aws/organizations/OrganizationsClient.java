package io.peerbot.adapter.aws.organizations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
 * AWS Organizations' {@code ListAccounts}, spoken directly: the SDK's Organizations module of the SDK version peerbot
 * builds with is not among the dependencies peerbot can fetch, so, as for Service Quotas, this posts AWS's JSON 1.1
 * protocol itself, signed with the SDK's own SigV4 signer and sent with the SDK's own HTTP client. One method per API
 * call, named as the API names it, so the IAM policy test finds the action.
 */
public final class OrganizationsClient implements AutoCloseable {
    static final String SIGNING_NAME = "organizations";
    private static final String TARGET = "AWSOrganizationsV20161128.ListAccounts";

    /** One account of the organisation: its id and whether it is active (not suspended, closing or closed). */
    public record Account(String id, boolean active) {
    }

    /** One page of {@code ListAccounts}, and the token of the next one, if any. */
    public record Page(List<Account> accounts, Optional<String> nextToken) {
        public Page {
            accounts = List.copyOf(accounts);
        }
    }

    private final Supplier<SdkHttpClient> makeHttp;
    private SdkHttpClient http;
    private final Optional<URI> endpoint;
    private final String homeRegion;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /**
     * @param makeHttp   makes the HTTP client at the first call; closed with this one
     * @param endpoint   the endpoint override the EC2 clients use (the stand-ins); empty: the partition's
     *                   Organizations endpoint
     * @param homeRegion the bot's region, which names the partition (aws, aws-cn, aws-us-gov)
     */
    public OrganizationsClient(Supplier<SdkHttpClient> makeHttp, Optional<URI> endpoint, String homeRegion) {
        this.makeHttp = makeHttp;
        this.endpoint = endpoint;
        this.homeRegion = homeRegion;
    }

    private synchronized SdkHttpClient http() {
        if (http == null) {
            http = makeHttp.get();
        }
        return http;
    }

    /**
     * One page of the accounts of the organisation the caller's account belongs to. Answers only in the management
     * account or a delegated administrator's.
     *
     * @param nextToken the previous page's token; empty for the first page
     * @throws OrganizationsException when Organizations answers with an error (e.g. {@code AccessDeniedException},
     *                                {@code AWSOrganizationsNotInUseException})
     * @throws UncheckedIOException   when it cannot be reached
     */
    public Page listAccounts(AwsCredentialsProvider credentials, Optional<String> nextToken) {
        String body = nextToken.map(t -> "{\"NextToken\":\"" + escape(t) + "\"}").orElse("{}");
        String signingRegion = signingRegion(homeRegion);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder().method(SdkHttpMethod.POST)
                .uri(endpoint.orElseGet(() -> global(signingRegion)))
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", TARGET)
                .build();
        AwsCredentialsIdentity identity = credentials.resolveIdentity().join();
        SignedRequest signed = signer.sign(r -> r.identity(identity).request(request)
                .payload(ContentStreamProvider.fromUtf8String(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SIGNING_NAME)
                .putProperty(AwsV4HttpSigner.REGION_NAME, signingRegion));
        try {
            HttpExecuteResponse response = http().prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request()).contentStreamProvider(signed.payload().orElse(null)).build()).call();
            String text = read(response);
            JsonNode json = text.isBlank() ? JsonNode.emptyObjectNode() : JsonNode.parser().parse(text);
            int status = response.httpResponse().statusCode();
            if (status / 100 != 2) {
                throw new OrganizationsException(status, errorCode(json, response), member(json, "Message")
                        .or(() -> member(json, "message")).orElse("HTTP " + status));
            }
            List<Account> accounts = new ArrayList<>();
            json.field("Accounts").filter(JsonNode::isArray).ifPresent(list -> list.asArray().forEach(a -> {
                Optional<String> id = member(a, "Id");
                // State replaces Status (ACTIVE | SUSPENDED | PENDING_CLOSURE | CLOSED ...); either says ACTIVE
                String state = member(a, "State").or(() -> member(a, "Status")).orElse("");
                id.ifPresent(i -> accounts.add(new Account(i, "ACTIVE".equals(state))));
            }));
            return new Page(accounts, member(json, "NextToken").filter(t -> !t.isEmpty()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Organizations has one endpoint per partition, signed for its region. */
    static String signingRegion(String homeRegion) {
        if (homeRegion.startsWith("cn-")) {
            return "cn-northwest-1";
        }
        if (homeRegion.startsWith("us-gov-")) {
            return "us-gov-west-1";
        }
        return "us-east-1";
    }

    private static URI global(String signingRegion) {
        String domain = signingRegion.startsWith("cn-") ? "amazonaws.com.cn" : "amazonaws.com";
        return URI.create("https://organizations." + signingRegion + "." + domain + "/");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
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
