package io.peerbot.application.port;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.GroupRef;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What peerbot changes in EC2 in one account and region. Every method is idempotent: "already exists" with the
 * same target counts as success. Failures are {@link CloudException}s.
 */
public interface Ec2Writes {

    /**
     * Asks EC2, with DryRun, whether these credentials may create the connection; creates nothing.
     *
     * @throws CloudException with {@link CloudException#permissionDenied()} when they may not
     */
    void dryRunCreatePeering(String vpcId, String peerVpcId, Location peer);

    /** Creates the connection with its tags in one call; returns its id. */
    String createPeering(String vpcId, String peerVpcId, Location peer, Map<String, String> tags);

    void acceptPeering(String pcxId);

    void rejectPeering(String pcxId);

    void deletePeering(String pcxId);

    /** Polls with backoff until the connection is active; fails on failed/rejected/deleted or timeout. */
    PeeringConnection awaitActive(String pcxId, Duration timeout);

    /**
     * Waits, right after a create, while EC2 is still initiating the request; returns the connection as it then
     * stands: pending acceptance, or {@code failed} (or rejected) with EC2's status message. A gateway that
     * cannot tell throws {@link UnsupportedOperationException}.
     */
    default PeeringConnection awaitRequested(String pcxId) {
        throw new UnsupportedOperationException("this gateway cannot read a request's status");
    }

    void tagPeering(String pcxId, Map<String, String> tags);

    /** Removes these tags (by key) from the peering, as this account sees it; absent keys are fine. */
    void untagPeering(String pcxId, java.util.Set<String> keys);

    /** Adds a route through the peering; a route to the same destination through it already is success. */
    void createRoute(String routeTableId, Cidr destination, String pcxId);

    void deleteRoute(String routeTableId, Cidr destination);

    /** Adds an ingress rule and returns its {@code sgr-…} id (the existing rule's id when a duplicate). */
    String authorizeIngress(String groupId, PortRange ports, Cidr source, String description);

    /**
     * Adds an ingress rule from another group (in this or a peered VPC of the same region, in any account) and
     * returns its {@code sgr-…} id (the existing rule's id when a duplicate).
     */
    String authorizeIngress(String groupId, PortRange ports, GroupRef source, String description);

    /**
     * Adds several ingress rules to one security group (all {@code rules} name the same group) in as few
     * calls as EC2 allows, and returns each rule's {@code sgr-…} id. By default one
     * {@link #authorizeIngress(String, PortRange, Cidr, String)} per rule.
     */
    default Map<RuleChange, String> authorizeIngress(List<RuleChange> rules, String description) {
        Map<RuleChange, String> ids = new LinkedHashMap<>();
        for (RuleChange rule : rules) {
            ids.put(rule, rule.fromGroup()
                    ? authorizeIngress(rule.groupId(), rule.ports(), rule.sourceGroup(), description)
                    : authorizeIngress(rule.groupId(), rule.ports(), rule.source(), description));
        }
        return ids;
    }

    void revokeIngress(String groupId, Set<String> ruleIds);

    /** Lets this side's VPC resolve the peer's private DNS names over the connection. */
    void allowRemoteDnsResolution(String pcxId);

}
