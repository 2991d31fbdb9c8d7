package io.peerbot.standin.ec2.http;

import io.peerbot.standin.ec2.Fault;
import io.peerbot.standin.ec2.iam.Principal;

/**
 * One AWS service served on the stand-in's endpoint. The server picks the service by the SigV4 signing name in the
 * request's credential scope ({@code ec2}, {@code sts}, {@code ssm}, ...), authenticates the caller, logs the call,
 * injects faults and checks permissions; the service parses its protocol, does the work and renders answers and
 * errors in its protocol. Register more with {@code Ec2StandIn.addService}.
 */
public interface AwsService {

    /** The SigV4 signing name, e.g. {@code "ec2"}. */
    String signingName();

    /** The operation a request names (e.g. from {@code Action} or {@code X-Amz-Target}), or null if none. */
    String action(AwsRequest request);

    /** The IAM action namespace; {@code "ec2"} makes {@code "ec2:CreateRoute"}. */
    default String iamNamespace() {
        return signingName();
    }

    /** Whether the request only checks permissions. */
    default boolean isDryRun(AwsRequest request) {
        return false;
    }

    /** Whether an action changes state. */
    default boolean isMutating(String action) {
        return !(action.startsWith("Describe") || action.startsWith("Get") || action.startsWith("List"));
    }

    /** Does the work; throws {@link AwsServiceError} for an error answer. */
    AwsResponse handle(CallContext call);

    /** Renders an error answer in this service's protocol. */
    AwsResponse renderError(AwsServiceError error, String requestId);

    /** The answer to unknown or missing credentials. */
    AwsServiceError authFailure();

    /** The answer to a call the caller's account is denied. */
    AwsServiceError accessDenied(Principal caller, String iamAction);

    /** The answer to an unknown or missing action. */
    AwsServiceError unknownAction(String action);

    /** The answer for an injected fault. */
    default AwsServiceError fault(Fault fault) {
        return switch (fault) {
            case THROTTLE -> new AwsServiceError(503, "RequestLimitExceeded", "Request limit exceeded.");
            case UNAVAILABLE -> new AwsServiceError(503, "Unavailable", "The service is unavailable. Please try again shortly.");
            case INTERNAL_ERROR, INTERNAL_ERROR_AFTER_APPLY ->
                    new AwsServiceError(500, "InternalError", "An internal error has occurred.");
        };
    }
}
