package io.peerbot.standin.ec2.sts;

import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.http.AwsRequest;
import io.peerbot.standin.ec2.http.AwsResponse;
import io.peerbot.standin.ec2.http.AwsService;
import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.CallContext;
import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.iam.Identities;
import io.peerbot.standin.ec2.iam.Principal;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * STS over the Query protocol (the protocol SDK v2's StsClient sends): AssumeRole and GetCallerIdentity. AssumeRole
 * checks RoleSessionName and SourceIdentity as STS does (2 to 64 of {@code [\w+=,.@-]}) and records both in
 * {@link Identities#sessions()}.
 */
public final class StsService implements AwsService {
    private static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private static final Pattern STS_NAME = Pattern.compile("[\\w+=,.@-]*");

    private final Identities identities;

    public StsService(Identities identities) {
        this.identities = identities;
    }

    @Override
    public String signingName() {
        return "sts";
    }

    @Override
    public String action(AwsRequest request) {
        return request.formParams().get("Action");
    }

    @Override
    public boolean isMutating(String action) {
        return false;
    }

    @Override
    public AwsResponse handle(CallContext call) {
        Map<String, String> params = call.request().formParams();
        Xml out = Xml.document(call.action() + "Response", NAMESPACE);
        out.start(call.action() + "Result");
        switch (call.action()) {
            case "AssumeRole" -> assumeRole(call.caller(), params, out);
            case "GetCallerIdentity" -> out.value("Arn", call.caller().arn()).value("UserId", call.caller().userId())
                    .value("Account", call.caller().account());
            default -> throw unknownAction(call.action());
        }
        out.end();
        out.start("ResponseMetadata").value("RequestId", call.requestId()).end();
        return AwsResponse.xml(200, out.finish());
    }

    private void assumeRole(Principal caller, Map<String, String> params, Xml out) {
        String roleArn = required(params, "RoleArn");
        String sessionName = required(params, "RoleSessionName");
        validate("roleSessionName", sessionName);
        Optional<String> sourceIdentity = Optional.ofNullable(params.get("SourceIdentity"));
        sourceIdentity.ifPresent(value -> validate("sourceIdentity", value));
        int seconds = Integer.parseInt(params.getOrDefault("DurationSeconds", "3600"));
        Identities.AssumedRole role = identities.assumeRole(roleArn, sessionName, sourceIdentity,
                        Duration.ofSeconds(seconds))
                .orElseThrow(() -> accessDenied(caller, "sts:AssumeRole", roleArn));
        sourceIdentity.ifPresent(value -> out.value("SourceIdentity", value));
        out.start("AssumedRoleUser").value("Arn", role.principal().arn())
                .value("AssumedRoleId", role.principal().userId()).end();
        out.start("Credentials").value("AccessKeyId", role.key().accessKeyId())
                .value("SecretAccessKey", role.key().secretAccessKey())
                .value("SessionToken", role.key().sessionToken())
                .value("Expiration", role.expiration().truncatedTo(ChronoUnit.SECONDS).toString()).end();
    }

    /** STS's own constraints on a session name and a source identity, answered as STS answers them. */
    private static void validate(String member, String value) {
        if (value.length() < 2 || value.length() > 64) {
            throw AwsServiceError.client("ValidationError", "1 validation error detected: Value '" + value + "' at '"
                    + member + "' failed to satisfy constraint: Member must have length "
                    + (value.length() < 2 ? "greater than or equal to 2" : "less than or equal to 64"));
        }
        if (!STS_NAME.matcher(value).matches()) {
            throw AwsServiceError.client("ValidationError", "1 validation error detected: Value '" + value + "' at '"
                    + member + "' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                    + "[\\w+=,.@-]*");
        }
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw AwsServiceError.client("MissingParameter",
                    "The request must contain the parameter " + name);
        }
        return value;
    }

    @Override
    public AwsResponse renderError(AwsServiceError error, String requestId) {
        Xml out = Xml.document("ErrorResponse", NAMESPACE);
        out.start("Error").value("Type", error.status() >= 500 ? "Receiver" : "Sender").value("Code", error.code())
                .value("Message", error.getMessage()).end();
        out.value("RequestId", requestId);
        return AwsResponse.xml(error.status(), out.finish());
    }

    @Override
    public AwsServiceError authFailure() {
        return new AwsServiceError(403, "InvalidClientTokenId", "The security token included in the request is invalid.");
    }

    @Override
    public AwsServiceError accessDenied(Principal caller, String iamAction) {
        return accessDenied(caller, iamAction, "*");
    }

    private static AwsServiceError accessDenied(Principal caller, String iamAction, String resource) {
        return new AwsServiceError(403, "AccessDenied", "User: " + caller.arn() + " is not authorized to perform: "
                + iamAction + " on resource: " + resource);
    }

    @Override
    public AwsServiceError unknownAction(String action) {
        return AwsServiceError.client("InvalidAction", "Could not find operation " + action + " for version 2011-06-15");
    }

    @Override
    public AwsServiceError fault(Fault fault) {
        return fault == Fault.THROTTLE
                ? new AwsServiceError(400, "Throttling", "Rate exceeded")
                : AwsService.super.fault(fault);
    }
}
