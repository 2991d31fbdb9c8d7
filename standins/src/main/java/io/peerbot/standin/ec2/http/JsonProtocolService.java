package io.peerbot.standin.ec2.http;

import io.peerbot.standin.ec2.iam.Principal;

/**
 * A service speaking AWS's JSON protocol ({@code X-Amz-Target}, {@code application/x-amz-json-1.0/1.1}): SSM, KMS,
 * Service Quotas, DynamoDB. They name the operation alike and answer bad credentials, a denied action and an
 * unknown operation alike.
 */
public interface JsonProtocolService extends AwsService {

    /** What comes before the operation's name in {@code X-Amz-Target} (e.g. {@code TrentService.}). */
    String targetPrefix();

    @Override
    default String action(AwsRequest request) {
        String target = request.header("X-Amz-Target");
        return target != null && target.startsWith(targetPrefix()) ? target.substring(targetPrefix().length()) : null;
    }

    @Override
    default AwsServiceError authFailure() {
        return AwsServiceError.client("UnrecognizedClientException",
                "The security token included in the request is invalid.");
    }

    @Override
    default AwsServiceError accessDenied(Principal caller, String iamAction) {
        return AwsServiceError.client("AccessDeniedException", "User: " + caller.arn()
                + " is not authorized to perform: " + iamAction + " because no identity-based policy allows the "
                + iamAction + " action");
    }

    @Override
    default AwsServiceError unknownAction(String action) {
        return AwsServiceError.client("UnknownOperationException", "Unknown operation " + action);
    }
}
