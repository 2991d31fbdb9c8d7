package io.peerbot.adapter.aws;

import io.peerbot.adapter.aws.pacing.Ec2Rates;
import io.peerbot.domain.network.AllowedAccounts;
import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * How peerbot reaches AWS. Read from nothing itself: the bot's configuration fills in the role and the allowed
 * accounts; region, endpoint and credentials default to the SDK's own chains.
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
 * @param allowedAccounts    the accounts the bot may act in ({@code PEERBOT_ACCOUNTS}); no role is assumed in any
 *                           other
 * @param ec2Rates           the request-token buckets EC2 calls are paced to ({@code PEERBOT_EC2_RATE}); by default
 *                           EC2's documented ones
 */
public record AwsSettings(Optional<String> region, Optional<URI> endpoint, Optional<String> assumeRoleTemplate,
                          AwsCredentialsProvider credentials, RetrySettings retry, Backoff peeringPoll,
                          AllowedAccounts allowedAccounts, Ec2Rates ec2Rates) {

    /** Paced to EC2's documented request-token buckets. */
    public AwsSettings(Optional<String> region, Optional<URI> endpoint, Optional<String> assumeRoleTemplate,
                       AwsCredentialsProvider credentials, RetrySettings retry, Backoff peeringPoll,
                       AllowedAccounts allowedAccounts) {
        this(region, endpoint, assumeRoleTemplate, credentials, retry, peeringPoll, allowedAccounts,
                Ec2Rates.documented());
    }

    /** In every account the role reaches. */
    public AwsSettings(Optional<String> region, Optional<URI> endpoint, Optional<String> assumeRoleTemplate,
                       AwsCredentialsProvider credentials, RetrySettings retry, Backoff peeringPoll) {
        this(region, endpoint, assumeRoleTemplate, credentials, retry, peeringPoll, AllowedAccounts.any());
    }

    /** The SDK's region, endpoint and credential chains, default retries; no role, every account. */
    public static AwsSettings sdkDefaults() {
        return new AwsSettings(Optional.empty(), Optional.empty(), Optional.empty(),
                DefaultCredentialsProvider.builder().build(), RetrySettings.defaults(), Backoff.defaults());
    }

    public AwsSettings withRegion(String region) {
        return new AwsSettings(Optional.of(region), endpoint, assumeRoleTemplate, credentials, retry, peeringPoll,
                allowedAccounts, ec2Rates);
    }

    public AwsSettings withEndpoint(URI endpoint) {
        return new AwsSettings(region, Optional.of(endpoint), assumeRoleTemplate, credentials, retry, peeringPoll,
                allowedAccounts, ec2Rates);
    }

    /** @param template the role template, or empty for none */
    public AwsSettings withAssumeRole(Optional<String> template) {
        return new AwsSettings(region, endpoint, template, credentials, retry, peeringPoll, allowedAccounts,
                ec2Rates);
    }

    public AwsSettings withAssumeRole(String template) {
        return withAssumeRole(Optional.of(template));
    }

    public AwsSettings withCredentials(AwsCredentialsProvider provider) {
        return new AwsSettings(region, endpoint, assumeRoleTemplate, provider, retry, peeringPoll, allowedAccounts,
                ec2Rates);
    }

    public AwsSettings withRetry(RetrySettings settings) {
        return new AwsSettings(region, endpoint, assumeRoleTemplate, credentials, settings, peeringPoll,
                allowedAccounts, ec2Rates);
    }

    public AwsSettings withPeeringPoll(Backoff poll) {
        return new AwsSettings(region, endpoint, assumeRoleTemplate, credentials, retry, poll, allowedAccounts,
                ec2Rates);
    }

    public AwsSettings withAllowedAccounts(AllowedAccounts accounts) {
        return new AwsSettings(region, endpoint, assumeRoleTemplate, credentials, retry, peeringPoll, accounts,
                ec2Rates);
    }

    public AwsSettings withEc2Rates(Ec2Rates rates) {
        return new AwsSettings(region, endpoint, assumeRoleTemplate, credentials, retry, peeringPoll, allowedAccounts,
                rates);
    }
}
