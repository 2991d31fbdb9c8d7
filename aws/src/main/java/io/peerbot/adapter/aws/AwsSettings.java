package io.peerbot.adapter.aws;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * How peerbot reaches AWS.
 *
 * @param region             the home region; empty: the SDK's default region chain ({@code AWS_REGION}, profile…)
 * @param endpoint           EC2 and STS endpoint override; empty: the SDK's own resolution, which honours
 *                           {@code AWS_ENDPOINT_URL}
 * @param assumeRoleTemplate role to assume in another account, {@code {account}} standing for its id
 *                           ({@code PEERBOT_ASSUME_ROLE}, e.g. {@code arn:aws:iam::{account}:role/peerbot});
 *                           empty: only the bot's own account is reachable
 * @param credentials        the bot's own credentials
 * @param retry              retries of throttled and failed calls
 * @param peeringPoll        delays between polls while a peering becomes active
 */
public record AwsSettings(Optional<String> region, Optional<URI> endpoint, Optional<String> assumeRoleTemplate,
                          AwsCredentialsProvider credentials, RetrySettings retry, Backoff peeringPoll) {

    /** From the environment: {@code PEERBOT_ASSUME_ROLE}; region, credentials and endpoint are the SDK's. */
    public static AwsSettings fromEnvironment(Map<String, String> env) {
        return new AwsSettings(Optional.empty(), Optional.empty(),
                Optional.ofNullable(env.get("PEERBOT_ASSUME_ROLE")).filter(s -> !s.isBlank()),
                DefaultCredentialsProvider.builder().build(), RetrySettings.defaults(), Backoff.defaults());
    }

    public AwsSettings withRegion(String region) {
        return new AwsSettings(Optional.of(region), endpoint, assumeRoleTemplate, credentials, retry, peeringPoll);
    }

    public AwsSettings withEndpoint(URI endpoint) {
        return new AwsSettings(region, Optional.of(endpoint), assumeRoleTemplate, credentials, retry, peeringPoll);
    }

    public AwsSettings withAssumeRole(String template) {
        return new AwsSettings(region, endpoint, Optional.of(template), credentials, retry, peeringPoll);
    }

    public AwsSettings withCredentials(AwsCredentialsProvider provider) {
        return new AwsSettings(region, endpoint, assumeRoleTemplate, provider, retry, peeringPoll);
    }

    public AwsSettings withRetry(RetrySettings settings) {
        return new AwsSettings(region, endpoint, assumeRoleTemplate, credentials, settings, peeringPoll);
    }

    public AwsSettings withPeeringPoll(Backoff poll) {
        return new AwsSettings(region, endpoint, assumeRoleTemplate, credentials, retry, poll);
    }
}
