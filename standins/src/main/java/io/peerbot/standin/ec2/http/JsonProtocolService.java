package io.peerbot.standin.ec2.http;

import io.peerbot.standin.ec2.iam.Principal;

/**
 * A service speaking AWS's JSON protocol ({@code X-Amz-Target}, {@code application/x-amz-json-1.1}): SSM, KMS.
 * They answer bad credentials, a denied action and an unknown operation alike.
 */
public interface JsonProtocolService extends AwsService {

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
