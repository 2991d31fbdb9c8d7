package io.peerbot.adapter.aws.pacing;

import io.peerbot.domain.network.Location;
import java.util.Collection;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.AbortedException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Paces an EC2 client's calls to the account and region's request-token buckets. It runs before every attempt is
 * transmitted, retries included, so a retry of a throttled call also waits for a token; the SDK's retry policy
 * (backoff with jitter on {@code RequestLimitExceeded}) is unchanged.
 */
public final class PacingInterceptor implements ExecutionInterceptor {
    private static final String[] NARROWING_FIELDS = {"Filters", "MaxResults", "VpcIds", "SubnetIds", "GroupIds",
            "RouteTableIds", "NetworkAclIds", "VpcPeeringConnectionIds", "NetworkInterfaceIds", "InstanceIds",
            "SecurityGroupRuleIds", "PrefixListIds"};

    private final Ec2Pacing pacing;
    private final Location location;

    PacingInterceptor(Ec2Pacing pacing, Location location) {
        this.pacing = pacing;
        this.location = location;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        String action = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (action == null) {
            return;
        }
        try {
            pacing.acquire(location, action, narrowed(context.request()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AbortedException.builder().message("Interrupted while waiting for EC2's " + action + " bucket")
                    .cause(e).build();
        }
    }

    /** Whether a describe names what it wants (filters, IDs) or pages: EC2 meters those apart from whole lists. */
    static boolean narrowed(SdkRequest request) {
        for (String field : NARROWING_FIELDS) {
            Object value = request.getValueForField(field, Object.class).orElse(null);
            if (value instanceof Collection<?> values ? !values.isEmpty() : value != null) {
                return true;
            }
        }
        return false;
    }
}
