package io.peerbot.standin.ec2;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Credentials the stand-in recognises. The access key ID alone tells the stand-in which account (and which
 * user or assumed role) is calling.
 *
 * @param sessionToken null for long-term user keys, set for temporary credentials from {@code AssumeRole}
 */
public record AccessKey(String accessKeyId, String secretAccessKey, String sessionToken) {

    /** These credentials as SDK credentials. */
    public AwsCredentials awsCredentials() {
        return sessionToken == null
                ? AwsBasicCredentials.create(accessKeyId, secretAccessKey)
                : AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken);
    }

    /** A static provider for an SDK client builder's {@code credentialsProvider(...)}. */
    public AwsCredentialsProvider provider() {
        return StaticCredentialsProvider.create(awsCredentials());
    }
}
