package io.peerbot.adapter.aws;

import static io.peerbot.adapter.aws.AwsErrors.call;
import static io.peerbot.adapter.aws.AwsErrors.code;
import static io.peerbot.adapter.aws.AwsErrors.run;
import static io.peerbot.adapter.aws.AwsErrors.translate;
import static io.peerbot.adapter.aws.Ec2Types.filter;

import io.peerbot.adapter.aws.pacing.Ec2Pacing;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.GroupRef;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.StaleReference;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.VpcDns;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.plan.PeerbotRules;
import io.peerbot.domain.plan.Leftovers;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.plan.RuleRemoval;
import io.peerbot.adapter.aws.record.PeeringRecord;
import io.peerbot.adapter.aws.seal.SealTags;
import io.peerbot.domain.traffic.PortRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateRouteRequest;
import software.amazon.awssdk.services.ec2.model.DeleteRouteRequest;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.ModifyVpcPeeringConnectionOptionsRequest;
import software.amazon.awssdk.services.ec2.model.PeeringConnectionOptionsRequest;
import software.amazon.awssdk.services.ec2.model.ResourceType;
import software.amazon.awssdk.services.ec2.model.SecurityGroupRule;
import software.amazon.awssdk.services.ec2.model.TagSpecification;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.ec2.model.VpcPeeringConnection;

/**
 * {@link Ec2Gateway} through the AWS SDK, for one account and region. Transient errors and throttling
 * are retried by the client's retry strategy; what is left becomes a {@link CloudException}. Rules it
 * adds carry {@code peerbot:managed=true} and {@code peerbot:pcx=<id>} tags.
 */
public final class SdkEc2Gateway implements Ec2Gateway {
    /** On each security group rule it adds: the peering the rule is for. */
    public static final String PCX_TAG = PeerbotRules.PCX_TAG;
    private static final Pattern PCX_ID = Pattern.compile("pcx-[0-9a-f]+");
    private static final String ACCEPT = "AcceptVpcPeeringConnection";
    /** EC2 takes seconds to pass a new request on to the accepter; a minute means something is wrong. */
    static final Duration INITIATING_TIMEOUT = Duration.ofMinutes(1);
    private static final Set<PeeringStatus> AFTER_INITIATING =
            Set.of(PeeringStatus.PENDING_ACCEPTANCE, PeeringStatus.PROVISIONING, PeeringStatus.ACTIVE);

    private final Ec2Client ec2;
    private final Location location;
    private final PeeringPoller poller;
    private final ParallelDescribes describes;
    private final SnapshotReader reader;
    private final SharedReads<VpcSnapshot> vpcReads;
    private final SharedReads<VpcPeeringConnection> peeringsById;
    private final SharedReads<List<PeeringConnection>> managedPeerings;
    private final SharedReads<List<PeeringConnection>> allPeerings;
    private final SharedReads<List<PeeringConnection>> peeringsOfVpcs;
    private final SharedReads<List<PeeringConnection>> outstandingRequests;
    private final PeeringCreator creator;
    private final UntilVisible visible;

    /**
     * @param ec2           the client for this account and region, retrying transient errors
     * @param throttledOnly a client for the same place that retries throttling only (see {@link PeeringCreator})
     * @param poll          delays between polls while waiting for a peering to become active
     * @param describes     where the describes of one VPC read run side by side
     */
    SdkEc2Gateway(Ec2Client ec2, Ec2Client throttledOnly, Location location, Backoff poll, RetrySettings retry,
                  ParallelDescribes describes) {
        this(ec2, throttledOnly, location, poll, retry, describes, Consistency.defaults());
    }

    /** @param consistency how long a peering just made may be unknown to a call before that is believed */
    SdkEc2Gateway(Ec2Client ec2, Ec2Client throttledOnly, Location location, Backoff poll, RetrySettings retry,
                  ParallelDescribes describes, Consistency consistency) {
        this(ec2, throttledOnly, location, poll, retry, describes, consistency, null);
    }

    /** @param pacing the buckets this client's calls are paced to: VPC reads that would wait for them share calls */
    SdkEc2Gateway(Ec2Client ec2, Ec2Client throttledOnly, Location location, Backoff poll, RetrySettings retry,
                  ParallelDescribes describes, Consistency consistency, Ec2Pacing pacing) {
        this.ec2 = ec2;
        this.location = location;
        this.poller = new PeeringPoller(this::peering, poll, consistency);
        this.describes = describes;
        this.reader = new SnapshotReader(ec2, location, describes);
        List<String> describePeerings = List.of("DescribeVpcPeeringConnections");
        this.vpcReads = SharedReads.pacedBy(pacing, location, true, SnapshotReader.DESCRIBES, reader::snapshots);
        this.peeringsById = SharedReads.pacedBy(pacing, location, true, describePeerings, this::rawPeerings);
        this.managedPeerings = SharedReads.pacedBy(pacing, location, true, describePeerings,
                // sealed as well: a record whose managed tag was taken away is still peerbot's, and edited
                kinds -> Map.of(kinds.get(0), peerings(filter("tag-key", PeeringRecord.MANAGED, SealTags.SEAL))));
        this.allPeerings = SharedReads.pacedBy(pacing, location, false, describePeerings,
                kinds -> Map.of(kinds.get(0), peerings()));
        this.peeringsOfVpcs = SharedReads.pacedBy(pacing, location, true, describePeerings, this::peeringsOfAll);
        this.outstandingRequests = SharedReads.pacedBy(pacing, location, true, describePeerings,
                kinds -> Map.of(kinds.get(0), peerings(filter("status-code", "pending-acceptance"),
                        filter("requester-vpc-info.owner-id", location.account()))));
        this.visible = new UntilVisible(consistency);
        this.creator = new PeeringCreator(throttledOnly, this::peerings, retry, visible);
    }

    @Override
    public Location location() {
        return location;
    }

    @Override
    public List<VpcSummary> findVpcs(String nameOrId) {
        return reader.vpcs(nameOrId);
    }

    /** Every VPC in this account and region, to offer candidates for a reference that matched none. */
    @Override
    public List<VpcSummary> listVpcs() {
        return reader.allVpcs();
    }

    @Override
    public VpcSnapshot snapshot(String vpcId) {
        return vpcReads.find(vpcId).orElseThrow(() -> reader.notFound(vpcId));
    }

    /** One describe per kind for all of them (up to {@link SharedReads#MOST_KEYS} VPCs a read). */
    @Override
    public List<VpcSnapshot> snapshots(List<String> vpcIds) {
        List<VpcSnapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < vpcIds.size(); i += SharedReads.MOST_KEYS) {
            List<String> chunk = vpcIds.subList(i, Math.min(vpcIds.size(), i + SharedReads.MOST_KEYS));
            Map<String, VpcSnapshot> found = vpcReads.findAll(chunk);
            chunk.forEach(id -> snapshots.add(Optional.ofNullable(found.get(id))
                    .orElseThrow(() -> reader.notFound(id))));
        }
        return snapshots;
    }

    /** Two calls: {@code DescribeVpcAttribute} answers one attribute at a time. */
    @Override
    public VpcDns dnsOf(String vpcId) {
        boolean hostnames = call("DescribeVpcAttribute", () -> ec2.describeVpcAttribute(r -> r.vpcId(vpcId)
                .attribute(VpcAttributeName.ENABLE_DNS_HOSTNAMES)).enableDnsHostnames().value());
        boolean support = call("DescribeVpcAttribute", () -> ec2.describeVpcAttribute(r -> r.vpcId(vpcId)
                .attribute(VpcAttributeName.ENABLE_DNS_SUPPORT)).enableDnsSupport().value());
        return new VpcDns(hostnames, support);
    }

    @Override
    public List<PeeringConnection> peeringsOf(String vpcId) {
        return peeringsOfVpcs.find(vpcId).orElseThrow();
    }

    /** Two describes for all of them (up to {@link SharedReads#MOST_KEYS} VPCs a read). */
    @Override
    public List<List<PeeringConnection>> peeringsOfEach(List<String> vpcIds) {
        List<List<PeeringConnection>> peerings = new ArrayList<>();
        for (int i = 0; i < vpcIds.size(); i += SharedReads.MOST_KEYS) {
            List<String> chunk = vpcIds.subList(i, Math.min(vpcIds.size(), i + SharedReads.MOST_KEYS));
            Map<String, List<PeeringConnection>> found = peeringsOfVpcs.findAll(chunk);
            chunk.forEach(id -> peerings.add(found.getOrDefault(id, List.of())));
        }
        return peerings;
    }

    /**
     * The peerings of each of these VPCs, as requester or accepter: two describes for all of them, side by side
     * (every plan waits for this read, so it costs one call's time, not two).
     */
    private Map<String, List<PeeringConnection>> peeringsOfAll(List<String> vpcIds) {
        Map<String, Map<String, PeeringConnection>> byVpc = new LinkedHashMap<>();
        vpcIds.forEach(id -> byVpc.put(id, new LinkedHashMap<>()));
        CompletableFuture<List<VpcPeeringConnection>> asRequester =
                describes.start(() -> rawPeerings(filter("requester-vpc-info.vpc-id", vpcIds)));
        CompletableFuture<List<VpcPeeringConnection>> asAccepter =
                describes.start(() -> rawPeerings(filter("accepter-vpc-info.vpc-id", vpcIds)));
        ParallelDescribes.awaitAll(asRequester, asAccepter);
        Stream.concat(ParallelDescribes.valueOf(asRequester).stream(), ParallelDescribes.valueOf(asAccepter).stream())
                .forEach(raw -> {
                    PeeringConnection peering = PeeringMapping.toDomain(raw, location);
                    for (var side : Stream.of(raw.requesterVpcInfo(), raw.accepterVpcInfo()).filter(Objects::nonNull)
                            .toList()) {
                        Map<String, PeeringConnection> of = byVpc.get(side.vpcId());
                        if (of != null) {
                            of.putIfAbsent(peering.id(), peering);
                        }
                    }
                });
        Map<String, List<PeeringConnection>> peerings = new LinkedHashMap<>();
        byVpc.forEach((vpcId, of) -> peerings.put(vpcId, List.copyOf(of.values())));
        return peerings;
    }

    @Override
    public Optional<PeeringConnection> peering(String pcxId) {
        return raw(pcxId).map(p -> PeeringMapping.toDomain(p, location));
    }

    @Override
    public List<PeeringConnection> outstandingRequestsMade() {
        return outstandingRequests.find("outstanding").orElseThrow().stream()
                .filter(p -> p.requester().location().equals(location))
                .toList();
    }

    @Override
    public List<PeeringConnection> pendingRequestsInto() {
        return peerings(filter("status-code", "pending-acceptance"),
                filter("accepter-vpc-info.owner-id", location.account())).stream()
                .filter(p -> p.accepter().location().equals(location))
                .toList();
    }

    /** Inbound stale references only: peerbot adds inbound rules alone. */
    @Override
    public List<StaleReference> staleReferences(String vpcId) {
        return call("DescribeStaleSecurityGroups", () -> ec2.describeStaleSecurityGroupsPaginator(
                        r -> r.vpcId(vpcId)).staleSecurityGroupSet().stream()
                .flatMap(group -> group.staleIpPermissions().stream().flatMap(permission -> Ec2Types.portRange(
                                permission.ipProtocol(), permission.fromPort(), permission.toPort()).stream()
                        .flatMap(ports -> permission.userIdGroupPairs().stream().map(pair -> new StaleReference(
                                group.groupId(), ports, pair.groupId(), pair.vpcId(), pair.vpcPeeringConnectionId())))))
                .toList());
    }

    @Override
    public Leftovers leftoversOf(String pcxId) {
        List<RouteChange> routes = call("DescribeRouteTables", () -> ec2.describeRouteTablesPaginator(
                        r -> r.filters(filter("route.vpc-peering-connection-id", pcxId))).routeTables().stream()
                .flatMap(t -> t.routes().stream().filter(route -> pcxId.equals(route.vpcPeeringConnectionId()))
                        .map(SnapshotReader::route).flatMap(Optional::stream)
                        .map(route -> new RouteChange(t.routeTableId(), route.destination())))
                .toList());
        List<RuleRemoval> rules = call("DescribeSecurityGroupRules", () -> ec2.describeSecurityGroupRulesPaginator(
                        r -> r.filters(filter("tag:" + PCX_TAG, pcxId))).securityGroupRules().stream()
                .filter(rule -> !Boolean.TRUE.equals(rule.isEgress()))
                .map(rule -> SnapshotReader.toDomain(rule).map(d -> new RuleRemoval(rule.groupId(), d.ruleId(),
                        d.ports(), d.cidr())))
                .flatMap(Optional::stream).toList());
        return new Leftovers(location, routes, rules);
    }

    @Override
    public List<PeeringConnection> allPeerings() {
        return allPeerings.find("all").orElseThrow();
    }

    @Override
    public List<PeeringConnection> managedPeerings() {
        return managedPeerings.find("managed").orElseThrow();
    }

    private List<PeeringConnection> peerings(Filter... filters) {
        return rawPeerings(filters).stream().map(p -> PeeringMapping.toDomain(p, location)).toList();
    }

    private List<VpcPeeringConnection> rawPeerings(Filter... filters) {
        return call("DescribeVpcPeeringConnections", () -> ec2.describeVpcPeeringConnectionsPaginator(
                r -> r.filters(filters)).vpcPeeringConnections().stream().toList());
    }

    private Optional<VpcPeeringConnection> raw(String pcxId) {
        return peeringsById.find(pcxId);
    }

    /** These peerings, with one describe filtered by all of them; one that does not exist has no entry. */
    private Map<String, VpcPeeringConnection> rawPeerings(List<String> pcxIds) {
        return call("DescribeVpcPeeringConnections", () -> ec2.describeVpcPeeringConnectionsPaginator(
                        r -> r.filters(filter("vpc-peering-connection-id", pcxIds)))
                .vpcPeeringConnections().stream()
                .collect(Collectors.toMap(VpcPeeringConnection::vpcPeeringConnectionId, p -> p, (a, b) -> a)));
    }

    @Override
    public void dryRunCreatePeering(String vpcId, String peerVpcId, Location peer) {
        creator.dryRun(vpcId, peerVpcId, peer);
    }

    @Override
    public String createPeering(String vpcId, String peerVpcId, Location peer, Map<String, String> tags) {
        return creator.create(vpcId, peerVpcId, peer, tags);
    }

    /**
     * Accepts the peering; one accepted already counts as success, and one still initiating its request
     * is waited for (up to {@link #INITIATING_TIMEOUT}) and then accepted.
     */
    @Override
    public void acceptPeering(String pcxId) {
        visible.run(ACCEPT, () -> acceptOnce(pcxId));
    }

    private void acceptOnce(String pcxId) {
        try {
            ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcxId));
        } catch (SdkException e) {
            PeeringStatus status = peering(pcxId).map(PeeringConnection::status).orElse(PeeringStatus.DELETED);
            if (status == PeeringStatus.INITIATING_REQUEST) {
                status = poller.await(pcxId, AFTER_INITIATING, INITIATING_TIMEOUT, ACCEPT).status();
            }
            // Refused while the request was still initiating; it is pending now, so accept it.
            if (status == PeeringStatus.PENDING_ACCEPTANCE && "InvalidStateTransition".equals(code(e))) {
                run(ACCEPT, () -> ec2.acceptVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcxId)));
                return;
            }
            // Accepted already (by a retry whose first attempt went through, or an earlier apply): success.
            if (status != PeeringStatus.ACTIVE && status != PeeringStatus.PROVISIONING) {
                throw translate(ACCEPT, e);
            }
        }
    }

    @Override
    public void rejectPeering(String pcxId) {
        try {
            ec2.rejectVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcxId));
        } catch (SdkException e) {
            if (!statusIs(pcxId, PeeringStatus.REJECTED)) {
                throw translate("RejectVpcPeeringConnection", e);
            }
        }
    }

    @Override
    public void deletePeering(String pcxId) {
        try {
            ec2.deleteVpcPeeringConnection(r -> r.vpcPeeringConnectionId(pcxId));
        } catch (SdkException e) {
            if (!code(e).endsWith(".NotFound") && !statusIs(pcxId, PeeringStatus.DELETED, PeeringStatus.DELETING,
                    PeeringStatus.REJECTED, PeeringStatus.EXPIRED, PeeringStatus.FAILED)) {
                throw translate("DeleteVpcPeeringConnection", e);
            }
        }
    }

    private boolean statusIs(String pcxId, PeeringStatus... accepted) {
        return peering(pcxId).map(p -> Set.of(accepted).contains(p.status())).orElse(false);
    }

    @Override
    public PeeringConnection awaitActive(String pcxId, Duration timeout) {
        return poller.await(pcxId, Set.of(PeeringStatus.ACTIVE), timeout, ACCEPT);
    }

    /** Every status EC2 moves a request to once it is done initiating it: pending-acceptance, or why not. */
    private static final Set<PeeringStatus> REQUESTED = java.util.EnumSet.complementOf(
            java.util.EnumSet.of(PeeringStatus.INITIATING_REQUEST));

    @Override
    public PeeringConnection awaitRequested(String pcxId) {
        return poller.await(pcxId, REQUESTED, INITIATING_TIMEOUT, "CreateVpcPeeringConnection");
    }

    /** A peering just made may not be visible to this account yet: tagging it waits for it a while. */
    @Override
    public void tagPeering(String pcxId, Map<String, String> tags) {
        visible.run("CreateTags", () -> run("CreateTags",
                () -> ec2.createTags(r -> r.resources(pcxId).tags(Ec2Types.sdkTags(tags)))));
    }

    @Override
    public void untagPeering(String pcxId, java.util.Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        visible.run("DeleteTags", () -> run("DeleteTags", () -> ec2.deleteTags(r -> r.resources(pcxId).tags(keys.stream()
                .map(k -> software.amazon.awssdk.services.ec2.model.Tag.builder().key(k).build()).toList()))));
    }

    @Override
    public void createRoute(String routeTableId, Cidr destination, String pcxId) {
        CreateRouteRequest.Builder request = CreateRouteRequest.builder().routeTableId(routeTableId)
                .vpcPeeringConnectionId(pcxId);
        if (destination.ipv6()) {
            request.destinationIpv6CidrBlock(destination.toString());
        } else {
            request.destinationCidrBlock(destination.toString());
        }
        try {
            ec2.createRoute(request.build());
        } catch (SdkException e) {
            if (!"RouteAlreadyExists".equals(code(e))) {
                throw translate("CreateRoute", e);
            }
            String target = existingRoute(routeTableId, destination).map(Route::target).orElse("?");
            if (!target.equals(pcxId)) {
                throw new CloudException("CreateRoute", "RouteAlreadyExists", "Route table " + routeTableId
                        + " already sends " + destination + " to " + target + ", not to " + pcxId
                        + "; peerbot does not replace routes it did not make. Remove that route, or choose other "
                        + "subnets with --subnets.", e);
            }
        }
    }

    private Optional<Route> existingRoute(String routeTableId, Cidr destination) {
        return call("DescribeRouteTables", () -> ec2.describeRouteTables(r -> r.routeTableIds(routeTableId))
                .routeTables().stream().flatMap(t -> t.routes().stream())
                .map(SnapshotReader::route).flatMap(Optional::stream)
                .filter(r -> r.destination().equals(destination)).findFirst());
    }

    @Override
    public void deleteRoute(String routeTableId, Cidr destination) {
        DeleteRouteRequest.Builder request = DeleteRouteRequest.builder().routeTableId(routeTableId);
        if (destination.ipv6()) {
            request.destinationIpv6CidrBlock(destination.toString());
        } else {
            request.destinationCidrBlock(destination.toString());
        }
        try {
            ec2.deleteRoute(request.build());
        } catch (SdkException e) {
            if (!"InvalidRoute.NotFound".equals(code(e))) {
                throw translate("DeleteRoute", e);
            }
        }
    }

    /**
     * Tags the rule {@code peerbot:managed=true} and, when {@code description} names a peering
     * ({@code pcx-…}), {@code peerbot:pcx} with its id.
     */
    @Override
    public String authorizeIngress(String groupId, PortRange ports, Cidr source, String description) {
        return authorizeIngress(List.of(new RuleChange(groupId, ports, source)), description).values().iterator()
                .next();
    }

    /** As {@link #authorizeIngress(String, PortRange, Cidr, String)}, from a group (a UserIdGroupPair). */
    @Override
    public String authorizeIngress(String groupId, PortRange ports, GroupRef source, String description) {
        return authorizeIngress(List.of(new RuleChange(groupId, ports, source)), description).values().iterator()
                .next();
    }

    /**
     * All the rules in one {@code AuthorizeSecurityGroupIngress} call, tagged as in
     * {@link #authorizeIngress(String, PortRange, Cidr, String)}. EC2 adds all or none; when one already
     * exists, each rule is added on its own and the existing one's id is returned for it.
     */
    @Override
    public Map<RuleChange, String> authorizeIngress(List<RuleChange> rules, String description) {
        if (rules.isEmpty()) {
            return Map.of();
        }
        String groupId = rules.get(0).groupId();
        if (rules.stream().anyMatch(r -> !r.groupId().equals(groupId))) {
            throw new IllegalArgumentException("rules of several groups in one call: " + rules);
        }
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(PeeringRecord.MANAGED, "true");
        Matcher pcx = PCX_ID.matcher(description);
        if (pcx.find()) {
            tags.put(PCX_TAG, pcx.group());
        }
        List<SecurityGroupRule> added;
        try {
            added = ec2.authorizeSecurityGroupIngress(r -> r.groupId(groupId)
                    .ipPermissions(rules.stream().map(rule -> Ec2Types.permission(rule, description)).toList())
                    .tagSpecifications(TagSpecification.builder().resourceType(ResourceType.SECURITY_GROUP_RULE)
                            .tags(Ec2Types.sdkTags(tags)).build()))
                    .securityGroupRules();
        } catch (SdkException e) {
            if (!"InvalidPermission.Duplicate".equals(code(e))) {
                throw translate("AuthorizeSecurityGroupIngress", e);
            }
            if (rules.size() > 1) {
                Map<RuleChange, String> ids = new LinkedHashMap<>();
                rules.forEach(rule -> ids.putAll(authorizeIngress(List.of(rule), description)));
                return ids;
            }
            added = List.of();
        }
        Map<RuleChange, String> ids = new LinkedHashMap<>();
        for (RuleChange rule : rules) {
            ids.put(rule, idOf(rule, added).orElseGet(() -> existingRule(rule)));
        }
        return ids;
    }

    private static Optional<String> idOf(RuleChange rule, List<SecurityGroupRule> rules) {
        return rules.stream().filter(r -> !Boolean.TRUE.equals(r.isEgress()))
                .filter(r -> SnapshotReader.toDomain(r)
                        .filter(rule::sameAs).isPresent())
                .map(SecurityGroupRule::securityGroupRuleId).findFirst();
    }

    private String existingRule(RuleChange rule) {
        return idOf(rule, reader.rulesOf(List.of(rule.groupId())))
                .orElseThrow(() -> new CloudException("AuthorizeSecurityGroupIngress", "RuleNotFound",
                        "EC2 reports the rule " + rule.ports() + " from " + rule.sourceText() + " in " + rule.groupId()
                                + " as present, but it is not among the group's rules", null));
    }

    @Override
    public void revokeIngress(String groupId, Set<String> ruleIds) {
        if (ruleIds.isEmpty()) {
            return;
        }
        try {
            ec2.revokeSecurityGroupIngress(r -> r.groupId(groupId).securityGroupRuleIds(ruleIds));
        } catch (SdkException e) {
            if (!code(e).endsWith(".NotFound")) {
                throw translate("RevokeSecurityGroupIngress", e);
            }
            // Some were gone already; EC2 refuses the whole call then, so revoke the ones still there.
            List<String> present = reader.rulesOf(List.of(groupId)).stream()
                    .map(SecurityGroupRule::securityGroupRuleId).filter(ruleIds::contains).toList();
            if (!present.isEmpty()) {
                run("RevokeSecurityGroupIngress",
                        () -> ec2.revokeSecurityGroupIngress(r -> r.groupId(groupId).securityGroupRuleIds(present)));
            }
        }
    }

    /**
     * Sets {@code AllowDnsResolutionFromRemoteVpc} for the side (or both sides) of the peering that live in
     * this account and region, skipping what is set already: EC2 lets each owner set only their own side,
     * so each side's gateway is called. With both sides set, each VPC resolves the other's private names.
     */
    @Override
    public void allowRemoteDnsResolution(String pcxId) {
        VpcPeeringConnection pcx = visible.find("ModifyVpcPeeringConnectionOptions", () -> raw(pcxId))
                .orElseThrow(() -> new CloudException("ModifyVpcPeeringConnectionOptions",
                        "InvalidVpcPeeringConnectionID.NotFound", "Peering " + pcxId + " is not visible in " + location,
                        null));
        boolean requesterHere = PeeringMapping.at(pcx.requesterVpcInfo(), location);
        boolean accepterHere = PeeringMapping.at(pcx.accepterVpcInfo(), location);
        if (!requesterHere && !accepterHere) {
            throw new CloudException("ModifyVpcPeeringConnectionOptions", "NotThisSide",
                    "Neither side of " + pcxId + " is in " + location, null);
        }
        boolean requester = requesterHere && !PeeringMapping.dnsAllowed(pcx.requesterVpcInfo());
        boolean accepter = accepterHere && !PeeringMapping.dnsAllowed(pcx.accepterVpcInfo());
        if (!requester && !accepter) {
            return;
        }
        var allow = PeeringConnectionOptionsRequest.builder().allowDnsResolutionFromRemoteVpc(true).build();
        var request = ModifyVpcPeeringConnectionOptionsRequest.builder().vpcPeeringConnectionId(pcxId);
        if (requester) {
            request.requesterPeeringConnectionOptions(allow);
        }
        if (accepter) {
            request.accepterPeeringConnectionOptions(allow);
        }
        run("ModifyVpcPeeringConnectionOptions", () -> ec2.modifyVpcPeeringConnectionOptions(request.build()));
    }
}
