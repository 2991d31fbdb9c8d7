package io.peerbot.standin.ec2.quotas;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.http.AwsRequest;
import io.peerbot.standin.ec2.http.AwsResponse;
import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.JsonProtocol;
import io.peerbot.standin.ec2.http.CallContext;
import io.peerbot.standin.ec2.http.JsonProtocolService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Service Quotas over the AWS JSON 1.1 protocol ({@code X-Amz-Target: ServiceQuotasV20190624.<Action>}):
 * {@code GetServiceQuota} for the VPC quotas, answering the value applied in the caller's account and region (AWS's
 * default until one is {@linkplain #apply set}), {@code NoSuchResourceException} for a service or quota it does not
 * know. Deny {@code servicequotas:GetServiceQuota} with {@code Ec2StandIn.deny} for {@code AccessDeniedException}.
 */
public final class ServiceQuotasService implements JsonProtocolService {
    private static final String TARGET_PREFIX = "ServiceQuotasV20190624.";
    public static final String VPC = "vpc";
    public static final String ACTIVE_PEERINGS_PER_VPC = "L-7E9ECCDB";
    public static final String OUTSTANDING_PEERING_REQUESTS = "L-DC9F7029";
    public static final String ROUTES_PER_TABLE = "L-93826ACB";
    public static final String RULES_PER_GROUP = "L-0EA8095F";

    private record Known(String name, double defaultValue) {
    }

    private static final Map<String, Known> VPC_QUOTAS = Map.of(
            ACTIVE_PEERINGS_PER_VPC, new Known("Active VPC peering connections per VPC", 50),
            OUTSTANDING_PEERING_REQUESTS, new Known("Outstanding VPC peering connection requests", 25),
            ROUTES_PER_TABLE, new Known("Routes per route table", 50),
            RULES_PER_GROUP, new Known("Inbound or outbound rules per security group", 60));

    private record Applied(String account, String region, String quotaCode) {
    }

    private final Map<Applied, Double> applied = new ConcurrentHashMap<>();

    /** The value applied to a VPC quota in an account and region, e.g. after an increase AWS granted. */
    public ServiceQuotasService apply(String account, String region, String quotaCode, double value) {
        if (!VPC_QUOTAS.containsKey(quotaCode)) {
            throw new IllegalArgumentException("not a VPC quota the stand-in knows: " + quotaCode);
        }
        applied.put(new Applied(account, region, quotaCode), value);
        return this;
    }

    @Override
    public String signingName() {
        return "servicequotas";
    }

    @Override
    public String targetPrefix() {
        return TARGET_PREFIX;
    }

    @Override
    public AwsResponse handle(CallContext call) {
        JsonObject in = JsonProtocol.request(call.request().bodyText());
        if (!"GetServiceQuota".equals(call.action())) {
            throw unknownAction(call.action());
        }
        return AwsResponse.json(200, getServiceQuota(call, in).toString());
    }

    private JsonObject getServiceQuota(CallContext call, JsonObject in) {
        String service = required(in, "ServiceCode", "serviceCode");
        String code = required(in, "QuotaCode", "quotaCode");
        if (!VPC.equals(service)) {
            throw AwsServiceError.client("NoSuchResourceException",
                    "The request failed because the specified service does not exist.");
        }
        Known known = VPC_QUOTAS.get(code);
        if (known == null) {
            throw AwsServiceError.client("NoSuchResourceException",
                    "The request failed because the specified quota does not exist.");
        }
        double value = applied.getOrDefault(new Applied(call.caller().account(), call.region(), code),
                known.defaultValue());
        JsonObject quota = new JsonObject();
        quota.addProperty("ServiceCode", VPC);
        quota.addProperty("ServiceName", "Amazon Virtual Private Cloud (Amazon VPC)");
        quota.addProperty("QuotaArn", "arn:aws:servicequotas:" + call.region() + ":" + call.caller().account()
                + ":" + VPC + "/" + code);
        quota.addProperty("QuotaCode", code);
        quota.addProperty("QuotaName", known.name());
        quota.addProperty("Value", value);
        quota.addProperty("Unit", "None");
        quota.addProperty("Adjustable", true);
        quota.addProperty("GlobalQuota", false);
        quota.addProperty("QuotaAppliedAtLevel", "ACCOUNT");
        JsonObject out = new JsonObject();
        out.add("Quota", quota);
        return out;
    }

    private static String required(JsonObject in, String name, String member) {
        JsonElement value = in.get(name);
        if (value == null || value.isJsonNull() || value.getAsString().isEmpty()) {
            throw AwsServiceError.client("ValidationException", "1 validation error detected: Value null at '"
                    + member + "' failed to satisfy constraint: Member must not be null");
        }
        return value.getAsString();
    }

    @Override
    public AwsResponse renderError(AwsServiceError error, String requestId) {
        return JsonProtocol.error(error, "Message");
    }

    @Override
    public AwsServiceError fault(Fault fault) {
        return switch (fault) {
            case THROTTLE -> AwsServiceError.client("TooManyRequestsException", "Rate exceeded");
            case UNAVAILABLE, INTERNAL_ERROR, INTERNAL_ERROR_AFTER_APPLY ->
                    new AwsServiceError(500, "ServiceException", "Something went wrong.");
        };
    }
}
