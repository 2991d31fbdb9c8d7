package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.AwsErrors.translate;
import static io.peerbot.adapter.aws.Ec2Types.filter;

import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.TagSpecification;

/**
 * Creates a peering connection exactly once. {@code CreateVpcPeeringConnection} takes no client token, so
 * a blind retry after a 5xx or a lost answer could leave a second, stray request. The client used here
 * retries throttling only; after any other transient failure this looks for a live peering between the
 * two VPCs carrying exactly the request's tags (its record names the request's card, which no other request
 * has), which is the one just made. EC2 may not list a new peering at once, so it looks again with backoff for
 * a while ({@link Consistency#notFoundFor()}) before it creates again.
 */
final class PeeringCreator {
    private static final String ACTION = "CreateVpcPeeringConnection";

    private final Ec2Client throttledOnly;
    private final Function<Filter[], List<PeeringConnection>> describe;
    private final RetrySettings retry;
    private final UntilVisible visible;

    PeeringCreator(Ec2Client throttledOnly, Function<Filter[], List<PeeringConnection>> describe, RetrySettings retry,
                   UntilVisible visible) {
        this.throttledOnly = throttledOnly;
        this.describe = describe;
        this.retry = retry;
        this.visible = visible;
    }

    /**
     * EC2 answers a permitted DryRun with the error {@code DryRunOperation}; anything else is a refusal. A DryRun
     * makes nothing, so one met by a 5xx or no answer is simply asked again.
     */
    void dryRun(String vpcId, String peerVpcId, Location peer) {
        for (int attempt = 1; ; attempt++) {
            try {
                throttledOnly.createVpcPeeringConnection(r -> r.dryRun(true).vpcId(vpcId).peerVpcId(peerVpcId)
                        .peerOwnerId(peer.account()).peerRegion(peer.region()));
                return;
            } catch (SdkException e) {
                if ("DryRunOperation".equals(AwsErrors.code(e))) {
                    return;
                }
                if (!outcomeUnknown(e) || attempt >= retry.maxAttempts()) {
                    throw translate(ACTION, e);
                }
            }
        }
    }

    String create(String vpcId, String peerVpcId, Location peer, Map<String, String> tags) {
        for (int attempt = 1; ; attempt++) {
            try {
                return throttledOnly.createVpcPeeringConnection(r -> r.vpcId(vpcId).peerVpcId(peerVpcId)
                                .peerOwnerId(peer.account()).peerRegion(peer.region())
                                .tagSpecifications(TagSpecification.builder()
                                        .resourceType(ResourceType.VPC_PEERING_CONNECTION)
                                        .tags(Ec2Types.sdkTags(tags)).build()))
                        .vpcPeeringConnection().vpcPeeringConnectionId();
            } catch (SdkException e) {
                if (!outcomeUnknown(e)) {
                    throw translate(ACTION, e);
                }
                Optional<String> made = visible.find(ACTION, () -> madeAlready(vpcId, peerVpcId, tags));
                if (made.isPresent()) {
                    return made.get();
                }
                if (attempt >= retry.maxAttempts()) {
                    throw translate(ACTION, e);
                }
            }
        }
    }

    /** A 5xx or no answer at all: the peering may or may not have been made. Throttling means it was not. */
    private static boolean outcomeUnknown(SdkException e) {
        if (RetrySettings.throttled(e)) {
            return false;
        }
        return !(e instanceof AwsServiceException service) || service.statusCode() >= 500;
    }

    private Optional<String> madeAlready(String vpcId, String peerVpcId, Map<String, String> tags) {
        return describe.apply(new Filter[] {filter("requester-vpc-info.vpc-id", vpcId),
                        filter("accepter-vpc-info.vpc-id", peerVpcId)}).stream()
                .filter(p -> p.status().live() && p.tags().entrySet().containsAll(tags.entrySet()))
                .map(PeeringConnection::id).findFirst();
    }
}
