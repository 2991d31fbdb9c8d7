package io.peerbot.adapter.aws.pacing;

import java.util.Set;

/**
 * EC2's request-throttling categories ("Request throttling for the Amazon EC2 API", request token bucket sizes and
 * refill rates). Every API has its own bucket; the category gives its size and refill rate.
 */
public enum Ec2ActionCategory {
    /** {@code Describe*}, {@code Get*}, {@code List*}, {@code Search*} called with filters or pagination. */
    NON_MUTATING("non-mutating", new Ec2Rate(100, 20)),
    /** The same actions called with neither filters nor {@code MaxResults}: the whole account's list at once. */
    UNFILTERED_NON_MUTATING("unfiltered", new Ec2Rate(50, 10)),
    /** Every action that changes something and is not resource-intensive (CreateRoute, CreateTags, …). */
    MUTATING("mutating", new Ec2Rate(200, 5)),
    /** The mutating actions EC2 lists as the most costly. */
    RESOURCE_INTENSIVE("resource-intensive", new Ec2Rate(50, 5));

    /** The actions EC2 documents as resource-intensive; of these peerbot calls the first two. */
    static final Set<String> RESOURCE_INTENSIVE_ACTIONS = Set.of("AcceptVpcPeeringConnection",
            "AuthorizeSecurityGroupIngress", "CancelSpotInstanceRequests", "CreateKeyPair", "RequestSpotInstances");

    private final String key;
    private final Ec2Rate documented;

    Ec2ActionCategory(String key, Ec2Rate documented) {
        this.key = key;
        this.documented = documented;
    }

    /** The name used in {@code PEERBOT_EC2_RATE}. */
    public String key() {
        return key;
    }

    /** The size and refill rate EC2 documents for the category. */
    public Ec2Rate documented() {
        return documented;
    }

    /**
     * @param action   the API name, e.g. {@code DescribeVpcs}
     * @param narrowed whether the request has filters, IDs or {@code MaxResults}
     */
    public static Ec2ActionCategory of(String action, boolean narrowed) {
        if (RESOURCE_INTENSIVE_ACTIONS.contains(action)) {
            return RESOURCE_INTENSIVE;
        }
        if (action.startsWith("Describe") || action.startsWith("Get") || action.startsWith("List")
                || action.startsWith("Search")) {
            return narrowed ? NON_MUTATING : UNFILTERED_NON_MUTATING;
        }
        return MUTATING;
    }
}
