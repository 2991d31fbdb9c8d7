package io.peerbot.standin.ec2.organizations;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.http.AwsResponse;
import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.JsonProtocol;
import io.peerbot.standin.ec2.http.CallContext;
import io.peerbot.standin.ec2.http.JsonProtocolService;
import io.peerbot.standin.ec2.iam.Identities;
import io.peerbot.standin.ec2.model.RegionState;
import io.peerbot.standin.ec2.model.World;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;

/**
 * AWS Organizations over the AWS JSON 1.1 protocol ({@code X-Amz-Target: AWSOrganizationsV20161128.<Action>}):
 * {@code ListAccounts}, page by page ({@code MaxResults} 1 to 20, 20 by default, and {@code NextToken}). One
 * organisation holds every account the stand-in knows (any with resources, a key or a role) and the caller's, except
 * those said to be {@linkplain #outside outside} it; an account can be {@linkplain #suspended suspended}, which lists
 * it with state {@code SUSPENDED}. Deny {@code organizations:ListAccounts} with {@code Ec2StandIn.deny} for
 * {@code AccessDeniedException}, as AWS answers a caller that is neither the management account nor a delegated
 * administrator.
 */
public final class OrganizationsService implements JsonProtocolService {
    private static final String TARGET_PREFIX = "AWSOrganizationsV20161128.";
    private static final int PAGE = 20;
    private static final String ORGANIZATION = "o-peerbotstand";

    private final World world;
    private final Identities identities;
    private final Set<String> outside = ConcurrentHashMap.newKeySet();
    private final Set<String> suspended = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> listed = new ConcurrentHashMap<>();

    public OrganizationsService(World world, Identities identities) {
        this.world = world;
        this.identities = identities;
    }

    /** Takes accounts out of the organisation: ListAccounts no longer names them. */
    public OrganizationsService outside(String... accounts) {
        outside.addAll(List.of(accounts));
        return this;
    }

    /** Puts accounts back in the organisation. */
    public OrganizationsService member(String... accounts) {
        List.of(accounts).forEach(outside::remove);
        List.of(accounts).forEach(suspended::remove);
        return this;
    }

    /** Lists accounts as suspended: still in the organisation, no longer active. */
    public OrganizationsService suspended(String... accounts) {
        suspended.addAll(List.of(accounts));
        return this;
    }

    /** The organisation's accounts as ListAccounts names them to {@code caller}, sorted. */
    public List<String> members(String caller) {
        Set<String> all = new TreeSet<>(identities.accounts());
        world.regions().stream().map(RegionState::account).forEach(all::add);
        all.add(caller);
        all.removeAll(outside);
        return List.copyOf(all);
    }

    @Override
    public String signingName() {
        return "organizations";
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public AwsResponse handle(CallContext call) {
        JsonObject in = JsonProtocol.request(call.request().bodyText());
        if (!"ListAccounts".equals(call.action())) {
            throw unknownAction(call.action());
        }
        return AwsResponse.json(200, listAccounts(call, in).toString());
    }

    private JsonObject listAccounts(CallContext call, JsonObject in) {
        int size = PAGE;
        JsonElement max = in.get("MaxResults");
        if (max != null && !max.isJsonNull()) {
            size = max.getAsInt();
            if (size < 1 || size > PAGE) {
                throw AwsServiceError.client("InvalidInputException", "You provided a value that does not match "
                        + "the required pattern.");
            }
        }
        List<String> members = members(call.caller().account());
        int from = 0;
        JsonElement token = in.get("NextToken");
        if (token != null && !token.isJsonNull()) {
            Integer offset = listed.get(token.getAsString());
            if (offset == null) {
                throw AwsServiceError.client("InvalidInputException", "You specified an invalid value for "
                        + "nextToken.");
            }
            from = offset;
        }
        JsonArray accounts = new JsonArray();
        int to = Math.min(members.size(), from + size);
        for (String id : members.subList(Math.min(from, to), to)) {
            accounts.add(account(id));
        }
        JsonObject out = new JsonObject();
        out.add("Accounts", accounts);
        if (to < members.size()) {
            String next = "tok-" + java.util.UUID.randomUUID();
            listed.put(next, to);
            out.addProperty("NextToken", next);
        }
        return out;
    }

    private JsonObject account(String id) {
        String state = suspended.contains(id) ? "SUSPENDED" : "ACTIVE";
        JsonObject a = new JsonObject();
        a.addProperty("Id", id);
        a.addProperty("Arn", "arn:aws:organizations::" + id + ":account/" + ORGANIZATION + "/" + id);
        a.addProperty("Email", "aws+" + id + "@example.com");
        a.addProperty("Name", "account-" + id);
        a.addProperty("Status", state);
        a.addProperty("State", state);
        a.addProperty("JoinedMethod", "INVITED");
        a.addProperty("JoinedTimestamp", Instant.parse("2020-01-01T00:00:00Z").getEpochSecond());
        return a;
    }

    @Override
    public AwsResponse renderError(AwsServiceError error, String requestId) {
        return JsonProtocol.error(error, "Message");
    }

    @Override
    public AwsServiceError accessDenied(io.peerbot.standin.ec2.iam.Principal caller, String iamAction) {
        return AwsServiceError.client("AccessDeniedException", "You don't have permissions to access this "
                + "resource.");
    }

    @Override
    public AwsServiceError fault(Fault fault) {
        return switch (fault) {
            case THROTTLE -> AwsServiceError.client("TooManyRequestsException", "AWS Organizations can't complete "
                    + "your request because another request is already in progress. Try again later.");
            case UNAVAILABLE, INTERNAL_ERROR, INTERNAL_ERROR_AFTER_APPLY ->
                    new AwsServiceError(500, "ServiceException", "AWS Organizations can't complete your request "
                            + "because it encountered an internal error. Try again later.");
        };
    }
}
