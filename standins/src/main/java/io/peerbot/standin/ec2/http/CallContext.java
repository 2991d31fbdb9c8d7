package io.peerbot.standin.ec2.http;

import io.peerbot.standin.ec2.iam.Principal;

/**
 * A call a service is asked to answer: the request, the authenticated caller, the region from the credential
 * scope, the action name and the request ID to put in the answer.
 */
public record CallContext(AwsRequest request, Principal caller, String region, String action, String requestId) {
}
