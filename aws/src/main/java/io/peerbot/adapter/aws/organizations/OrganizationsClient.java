package io.peerbot.adapter.aws.organizations;

import io.peerbot.adapter.aws.json.SignedJsonCalls;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * AWS Organizations' {@code ListAccounts}, spoken directly ({@link SignedJsonCalls}): the SDK's Organizations module of
 * the SDK version peerbot builds with is not among the dependencies peerbot can fetch. One method per API call, named
 * as the API names it, so the IAM policy test finds the action.
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

    private final SignedJsonCalls calls;
    private final Optional<URI> endpoint;
    private final String homeRegion;

    /**
     * @param makeHttp   makes the HTTP client at the first call; closed with this one
     * @param endpoint   the endpoint override the EC2 clients use (the stand-ins); empty: the partition's
     *                   Organizations endpoint
     * @param homeRegion the bot's region, which names the partition (aws, aws-cn, aws-us-gov)
     */
    public OrganizationsClient(Supplier<SdkHttpClient> makeHttp, Optional<URI> endpoint, String homeRegion) {
        this.calls = new SignedJsonCalls(makeHttp);
        this.endpoint = endpoint;
        this.homeRegion = homeRegion;
    }

    /**
     * One page of the accounts of the organisation the caller's account belongs to. Answers only in the management
     * account or a delegated administrator's.
     *
     * @param nextToken the previous page's token; empty for the first page
     * @throws SignedJsonCalls.Refused when Organizations answers with an error (e.g. {@code AccessDeniedException},
     *                                {@code AWSOrganizationsNotInUseException})
     * @throws UncheckedIOException   when it cannot be reached
     */
    public Page listAccounts(AwsCredentialsProvider credentials, Optional<String> nextToken) {
        String body = nextToken.map(t -> "{\"NextToken\":\"" + escape(t) + "\"}").orElse("{}");
        String signingRegion = signingRegion(homeRegion);
        JsonNode json = calls.post(endpoint.orElseGet(() -> SignedJsonCalls.regional("organizations",
                signingRegion)), SIGNING_NAME, signingRegion, TARGET, body, credentials);
        List<Account> accounts = new ArrayList<>();
        json.field("Accounts").filter(JsonNode::isArray).ifPresent(list -> list.asArray().forEach(a -> {
            Optional<String> id = SignedJsonCalls.member(a, "Id");
            // State replaces Status (ACTIVE | SUSPENDED | PENDING_CLOSURE | CLOSED ...); either says ACTIVE
            String state = SignedJsonCalls.member(a, "State").or(() -> SignedJsonCalls.member(a, "Status"))
                    .orElse("");
            id.ifPresent(i -> accounts.add(new Account(i, "ACTIVE".equals(state))));
        }));
        return new Page(accounts, SignedJsonCalls.member(json, "NextToken").filter(t -> !t.isEmpty()));
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

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public void close() {
        calls.close();
    }
}
