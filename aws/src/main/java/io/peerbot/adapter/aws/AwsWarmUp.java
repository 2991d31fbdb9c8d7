package io.peerbot.adapter.aws;

import io.peerbot.adapter.aws.pacing.Ec2Pacing;
import io.peerbot.application.port.CloudException;
import io.peerbot.domain.network.Location;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Goes through what a start and its first reads load from the SDK — the STS client and {@code GetCallerIdentity},
 * an EC2 client with its pacing and a describe — against an endpoint nothing listens on, so every call fails at once,
 * after the SDK built, signed and sent it. A class-data sharing archive dumped from such a run holds those classes.
 */
public final class AwsWarmUp {
    private AwsWarmUp() {
    }

    /** @param nowhere settings whose endpoint nothing listens on, with one attempt per call */
    public static void callNowhere(AwsSettings nowhere) {
        try (AwsEc2Gateways gateways = new AwsEc2Gateways(nowhere)) {
            gateways.home();
        } catch (CloudException expected) {
            // nothing answers
        }
        Location somewhere = new Location("000000000000", nowhere.region().orElse("us-east-1"));
        var builder = Ec2Client.builder().region(Region.of(somewhere.region()))
                .credentialsProvider(nowhere.credentials())
                .overrideConfiguration(o -> o.retryStrategy(nowhere.retry().strategy())
                        .addExecutionInterceptor(Ec2Pacing.of(nowhere.ec2Rates()).interceptorFor(somewhere)));
        nowhere.endpoint().ifPresent(builder::endpointOverride);
        try (Ec2Client ec2 = builder.build()) {
            ec2.describeVpcPeeringConnections(r -> r.maxResults(5));
        } catch (SdkException expected) {
            // nothing answers
        }
    }
}
