package io.peerbot.application.engine;

import static io.peerbot.application.engine.ParallelCalls.await;

import io.peerbot.application.engine.ParallelCalls.Call;
import io.peerbot.application.engine.ParallelCalls.Outcome;
import io.peerbot.application.engine.VpcResolver.Found;
import io.peerbot.application.engine.VpcResolver.NotFound;
import io.peerbot.application.engine.VpcResolver.Resolution;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.change.ChangePreview;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.Planner;
import io.peerbot.domain.plan.Removal;
import io.peerbot.domain.plan.Remover;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.request.ChangeKind;
import io.peerbot.domain.request.PeeringRequest;
import io.peerbot.domain.request.RequestTags;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.validation.PeeringValidator;
import io.peerbot.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns "peer these two VPCs, open these ports" into exactly the right EC2 changes, safely and
 * repeatably: resolve and read both VPCs, plan, validate, create the peering, accept it, wait for
 * active, add routes and rules (in parallel, within EC2's rate limits), set DNS, and take it all
 * down again. Every step is idempotent; an apply re-run after any failure converges to the plan.
 */
public final class PeeringEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PeeringEngine.class);
    private static final List<Side> SIDES = List.of(Side.REQUESTER, Side.ACCEPTER);

    private final Ec2Gateways gateways;
    private final EngineSettings settings;
    private final Planner planner = new Planner();
    private final Remover remover = new Remover();
    private final PeeringValidator validator;
    private final VpcResolver resolver;
    private final ParallelCalls parallel;

    /** With {@link EngineSettings#defaults()}. */
    public PeeringEngine(Ec2Gateways gateways) {
        this(gateways, EngineSettings.defaults());
    }

    public PeeringEngine(Ec2Gateways gateways, EngineSettings settings) {
        this.gateways = gateways;
        this.settings = settings;
        this.validator = new PeeringValidator(settings.quotas());
        this.resolver = new VpcResolver(gateways, settings.searchedLocations());
        this.parallel = new ParallelCalls(settings.callsInFlightPerLocation());
    }

    /**
     * Resolves both references, reads both VPCs and their peerings, plans, validates, and asks EC2 (DryRun)
     * whether the peering may be created. Changes nothing.
     */
    public Preparation prepare(VpcRef requester, VpcRef accepter, PeeringOptions options) {
        try {
            Location requesterAt = resolver.locationOf(requester);
            Location accepterAt = resolver.locationOf(accepter);
            Future<Resolution> requesterFound = read(requesterAt, () -> resolver.resolve(requester));
            Future<Resolution> accepterFound = read(accepterAt, () -> resolver.resolve(accepter));
            List<Resolution> found = List.of(await(requesterFound), await(accepterFound));
            List<Rejection> unresolved = found.stream().filter(NotFound.class::isInstance)
                    .map(r -> ((NotFound) r).reason()).toList();
            if (!unresolved.isEmpty()) {
                return new Preparation.Refused(unresolved);
            }
            VpcSummary requesterVpc = ((Found) found.get(0)).vpc();
            VpcSummary accepterVpc = ((Found) found.get(1)).vpc();
            Location requesterIn = requesterVpc.location();
            Location accepterIn = accepterVpc.location();

            Future<VpcSnapshot> requesterSnapshot = read(requesterIn, () -> ec2(requesterIn).snapshot(requesterVpc.id()));
            Future<VpcSnapshot> accepterSnapshot = read(accepterIn, () -> ec2(accepterIn).snapshot(accepterVpc.id()));
            Future<List<PeeringConnection>> requesterPeerings =
                    read(requesterIn, () -> ec2(requesterIn).peeringsOf(requesterVpc.id()));
            Future<List<PeeringConnection>> accepterPeerings =
                    read(accepterIn, () -> ec2(accepterIn).peeringsOf(accepterVpc.id()));
            VpcSnapshot requesterNow = await(requesterSnapshot);
            VpcSnapshot accepterNow = await(accepterSnapshot);
            Map<String, PeeringConnection> existing = new LinkedHashMap<>();
            await(requesterPeerings).forEach(p -> existing.putIfAbsent(p.id(), p));
            await(accepterPeerings).forEach(p -> existing.putIfAbsent(p.id(), p));

            Plan plan = planner.plan(requesterNow, accepterNow, options);
            List<Rejection> problems = validator.validate(requesterNow, accepterNow, List.copyOf(existing.values()), plan);
            if (!problems.isEmpty()) {
                return new Preparation.Refused(problems);
            }
            await(read(requesterIn, () -> {
                ec2(requesterIn).dryRunCreatePeering(requesterNow.id(), accepterNow.id(), accepterIn);
                return null;
            }));
            return new Preparation.Ready(new Proposal(requesterNow, accepterNow, plan));
        } catch (Refusal refusal) {
            return new Preparation.Refused(refusal.rejections());
        }
    }

    /** A read in parallel; a missing permission becomes a refusal that names it, not an error. */
    private <T> Future<T> read(Location location, Supplier<T> work) {
        return parallel.submit(location, () -> {
            try {
                return work.get();
            } catch (CloudException e) {
                if (e.permissionDenied()) {
                    throw new Refusal(new Rejection.MissingPermission(e.action(), location.toString()));
                }
                throw e;
            }
        });
    }

    /**
     * Creates the peering connection with the request's tags, in the requester's account and region.
     * {@code peerbot:managed=true} is added when the tags lack it.
     */
    public String create(Proposal proposal, Map<String, String> tags) {
        Map<String, String> all = new LinkedHashMap<>(tags);
        all.putIfAbsent(RequestTags.MANAGED, "true");
        VpcSnapshot requester = proposal.requester();
        VpcSnapshot accepter = proposal.accepter();
        return ec2(requester.location()).createPeering(requester.id(), accepter.id(), accepter.location(), all);
    }

    /**
     * Accepts the peering in the accepter's account and region (unless already active), waits for it to
     * be active, then applies whatever part of the request's plan is not yet in place. Returns the plan
     * as applied.
     */
    public Plan apply(PeeringRequest request, ApplyListener listener) {
        String pcxId = request.pcxId();
        Map<Side, Ec2Gateway> ec2 = Map.of(Side.REQUESTER, ec2(request.requester().location()),
                Side.ACCEPTER, ec2(request.accepter().location()));
        Ec2Gateway accepterEc2 = ec2.get(Side.ACCEPTER);

        PeeringConnection pcx = accepterEc2.peering(pcxId).orElseThrow(() -> new CloudException(
                "DescribeVpcPeeringConnections", "InvalidVpcPeeringConnectionID.NotFound",
                "Peering " + pcxId + " is not visible in " + accepterEc2.location(), null));
        if (!pcx.connects(request.requester().vpcId(), request.accepter().vpcId())) {
            throw new IllegalStateException("Peering " + pcxId + " connects " + pcx.requester().vpcId() + " and "
                    + pcx.accepter().vpcId() + ", not the request's " + request.requester().vpcId() + " and "
                    + request.accepter().vpcId());
        }
        if (pcx.status() == PeeringStatus.PENDING_ACCEPTANCE || pcx.status() == PeeringStatus.INITIATING_REQUEST) {
            accepterEc2.acceptPeering(pcxId);
            LOG.info("Accepted {} in {}", pcxId, accepterEc2.location());
            tell(() -> listener.accepted(pcxId, accepterEc2.location()));
        }
        if (pcx.status() != PeeringStatus.ACTIVE) {
            accepterEc2.awaitActive(pcxId, settings.activeTimeout());
        }
        tell(() -> listener.active(pcxId));

        Future<VpcSnapshot> requesterRead = parallel.submit(ec2.get(Side.REQUESTER).location(),
                () -> ec2.get(Side.REQUESTER).snapshot(request.requester().vpcId()));
        Future<VpcSnapshot> accepterRead = parallel.submit(accepterEc2.location(),
                () -> accepterEc2.snapshot(request.accepter().vpcId()));
        Map<Side, VpcSnapshot> now = Map.of(Side.REQUESTER, await(requesterRead), Side.ACCEPTER, await(accepterRead));
        Plan plan = planner.plan(now.get(Side.REQUESTER), now.get(Side.ACCEPTER), request.options());
        Plan outstanding = plan.outstanding(now.get(Side.REQUESTER), now.get(Side.ACCEPTER), pcxId);

        LOG.info("Applying {}: {} of {} routes and {} of {} rules to add", pcxId, outstanding.routeCount(),
                plan.routeCount(), outstanding.ruleCount(), plan.ruleCount());
        addRoutes(pcxId, plan, outstanding, ec2, listener);
        addRules(pcxId, plan, outstanding, ec2, now, listener::rulesAdded);
        if (request.options().dns()) {
            for (Side side : SIDES) {
                ec2.get(side).allowRemoteDnsResolution(pcxId);
                tell(() -> listener.dnsResolutionAllowed(side));
            }
        }
        return plan;
    }

    private void addRoutes(String pcxId, Plan plan, Plan outstanding, Map<Side, Ec2Gateway> ec2,
                           ApplyListener listener) {
        List<Side> sides = new ArrayList<>();
        List<Call<Void>> calls = new ArrayList<>();
        for (Side side : SIDES) {
            Ec2Gateway gateway = ec2.get(side);
            for (RouteChange route : outstanding.side(side).routes()) {
                sides.add(side);
                calls.add(new Call<>(gateway.location(), () -> {
                    gateway.createRoute(route.routeTableId(), route.destination(), pcxId);
                    return null;
                }));
            }
        }
        List<Outcome<Void>> outcomes = parallel.runAll(calls);
        for (Side side : SIDES) {
            if (allOk(sides, outcomes, side)) {
                tell(() -> listener.routesAdded(side, plan.side(side).routes()));
            }
        }
        ParallelCalls.throwFirstFailure(outcomes);
    }

    /** One call per security group, all groups of both sides in parallel. */
    private void addRules(String pcxId, Plan plan, Plan outstanding, Map<Side, Ec2Gateway> ec2,
                          Map<Side, VpcSnapshot> now, BiConsumer<Side, Map<String, String>> report) {
        String description = RuleLabels.description(pcxId);
        List<Side> sides = new ArrayList<>();
        List<Call<Map<RuleChange, String>>> calls = new ArrayList<>();
        for (Side side : SIDES) {
            Ec2Gateway gateway = ec2.get(side);
            Map<String, List<RuleChange>> byGroup = new LinkedHashMap<>();
            outstanding.side(side).rules()
                    .forEach(rule -> byGroup.computeIfAbsent(rule.groupId(), g -> new ArrayList<>()).add(rule));
            for (List<RuleChange> rules : byGroup.values()) {
                sides.add(side);
                calls.add(new Call<>(gateway.location(), () -> gateway.authorizeIngress(rules, description)));
            }
        }
        List<Outcome<Map<RuleChange, String>>> outcomes = parallel.runAll(calls);
        Map<RuleChange, String> added = new LinkedHashMap<>();
        outcomes.stream().filter(Outcome::ok).forEach(o -> added.putAll(o.value()));
        for (Side side : SIDES) {
            if (!allOk(sides, outcomes, side)) {
                continue;
            }
            Map<String, String> inPlace = new LinkedHashMap<>();
            for (RuleChange rule : plan.side(side).rules()) {
                inPlace.put(RuleLabels.key(rule),
                        added.containsKey(rule) ? added.get(rule) : existingRuleId(now.get(side), rule));
            }
            tell(() -> report.accept(side, inPlace));
        }
        ParallelCalls.throwFirstFailure(outcomes);
    }

    private static String existingRuleId(VpcSnapshot vpc, RuleChange rule) {
        return vpc.securityGroup(rule.groupId()).flatMap(g -> g.ingress().stream()
                        .filter(r -> rule.ports().equals(r.ports()) && r.from(rule.source())).findFirst())
                .map(SecurityRule::ruleId).orElse("already allowed");
    }

    private static boolean allOk(List<Side> sides, List<? extends Outcome<?>> outcomes, Side side) {
        for (int i = 0; i < sides.size(); i++) {
            if (sides.get(i) == side && !outcomes.get(i).ok()) {
                return false;
            }
        }
        return true;
    }

    /** A report that cannot be delivered must not stop the change it reports on. */
    private static void tell(Runnable report) {
        try {
            report.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not report a step of the apply", e);
        }
    }

    /**
     * What a change would do if applied now, read from both VPCs as they are: the rules an open would add,
     * the rules a close would revoke, or everything a delete would remove. Changes nothing.
     */
    public ChangePreview preview(PeeringRequest request, ChangeKind kind, List<PortRange> ports) {
        Map<Side, VpcSnapshot> now = snapshots(request);
        VpcSnapshot requester = now.get(Side.REQUESTER);
        VpcSnapshot accepter = now.get(Side.ACCEPTER);
        return switch (kind) {
            case OPEN -> ChangePreview.opening(request.pcxId(), ports,
                    planner.plan(requester, accepter, withPorts(request.options(), ports))
                            .outstanding(requester, accepter, request.pcxId()));
            case CLOSE -> ChangePreview.closing(request.pcxId(), ports,
                    remover.closing(requester, accepter, request.pcxId(), ports));
            case DELETE -> ChangePreview.teardown(request.pcxId(), remover.teardown(requester, accepter,
                    request.pcxId()));
        };
    }

    /**
     * Adds the rules for {@code ports} on both sides: the request's planning with these ports, only what is
     * not in place yet, one call per group in parallel. Returns the plan for these ports.
     */
    public Plan open(PeeringRequest request, List<PortRange> ports, ChangeListener listener) {
        Map<Side, Ec2Gateway> ec2 = gatewaysOf(request);
        Map<Side, VpcSnapshot> now = snapshots(request);
        Plan plan = planner.plan(now.get(Side.REQUESTER), now.get(Side.ACCEPTER), withPorts(request.options(), ports));
        Plan outstanding = plan.outstanding(now.get(Side.REQUESTER), now.get(Side.ACCEPTER), request.pcxId());
        LOG.info("Opening {} on {}: {} of {} rules to add", ports, request.pcxId(), outstanding.ruleCount(),
                plan.ruleCount());
        addRules(request.pcxId(), plan, outstanding, ec2, now, listener::rulesAdded);
        return plan;
    }

    /** Revokes the rules peerbot made for exactly these ports on both sides; a rule gone already is fine. */
    public Removal close(PeeringRequest request, List<PortRange> ports, ChangeListener listener) {
        Map<Side, VpcSnapshot> now = snapshots(request);
        Removal removal = remover.closing(now.get(Side.REQUESTER), now.get(Side.ACCEPTER), request.pcxId(), ports);
        LOG.info("Closing {} on {}: {} rules to revoke", ports, request.pcxId(), removal.ruleCount());
        remove(request, removal, listener, false);
        return removal;
    }

    /**
     * Takes the peering down: removes every route through it and every rule peerbot made for it on both
     * sides (nothing else), in parallel within the bound, then deletes the peering connection. Idempotent:
     * what is gone already is success, and a run after a failure finishes the job. The peering is deleted
     * only once every route and rule is gone, so a failed run leaves it for the next to find them by.
     */
    public Removal teardown(PeeringRequest request, ChangeListener listener) {
        String pcxId = request.pcxId();
        Map<Side, VpcSnapshot> now = snapshots(request);
        Removal removal = remover.teardown(now.get(Side.REQUESTER), now.get(Side.ACCEPTER), pcxId);
        LOG.info("Tearing down {}: {} routes and {} rules to remove", pcxId, removal.routeCount(),
                removal.ruleCount());
        remove(request, removal, listener, true);
        Ec2Gateway requesterEc2 = ec2(request.requester().location());
        PeeringStatus status = requesterEc2.peering(pcxId).map(PeeringConnection::status)
                .orElse(PeeringStatus.DELETED);
        if (status.live()) {
            requesterEc2.deletePeering(pcxId);
            LOG.info("Deleted {} in {}", pcxId, requesterEc2.location());
        }
        PeeringStatus before = status;
        tell(() -> listener.peeringDeleted(pcxId, before.code()));
        return removal;
    }

    /**
     * All route deletions and rule revocations of both sides in one parallel batch; then the reports, routes
     * reported only when {@code reportRoutes} (a close touches none).
     */
    private void remove(PeeringRequest request, Removal removal, ChangeListener listener, boolean reportRoutes) {
        Map<Side, Ec2Gateway> ec2 = gatewaysOf(request);
        List<Side> routeSides = new ArrayList<>();
        List<Side> ruleSides = new ArrayList<>();
        List<Call<Void>> calls = new ArrayList<>();
        for (Side side : SIDES) {
            Ec2Gateway gateway = ec2.get(side);
            for (RouteChange route : removal.side(side).routes()) {
                routeSides.add(side);
                calls.add(new Call<>(gateway.location(), () -> {
                    gateway.deleteRoute(route.routeTableId(), route.destination());
                    return null;
                }));
            }
        }
        for (Side side : SIDES) {
            Ec2Gateway gateway = ec2.get(side);
            Map<String, Set<String>> byGroup = new LinkedHashMap<>();
            removal.side(side).rules().forEach(rule ->
                    byGroup.computeIfAbsent(rule.groupId(), g -> new LinkedHashSet<>()).add(rule.ruleId()));
            byGroup.forEach((group, ruleIds) -> {
                ruleSides.add(side);
                calls.add(new Call<>(gateway.location(), () -> {
                    gateway.revokeIngress(group, ruleIds);
                    return null;
                }));
            });
        }
        List<Outcome<Void>> outcomes = parallel.runAll(calls);
        List<Outcome<Void>> routeOutcomes = outcomes.subList(0, routeSides.size());
        List<Outcome<Void>> ruleOutcomes = outcomes.subList(routeSides.size(), outcomes.size());
        for (Side side : SIDES) {
            if (reportRoutes && allOk(routeSides, routeOutcomes, side)) {
                tell(() -> listener.routesRemoved(side, removal.side(side).routes()));
            }
        }
        for (Side side : SIDES) {
            if (allOk(ruleSides, ruleOutcomes, side)) {
                tell(() -> listener.rulesRevoked(side, removal.side(side).rules()));
            }
        }
        ParallelCalls.throwFirstFailure(outcomes);
    }

    private Map<Side, Ec2Gateway> gatewaysOf(PeeringRequest request) {
        return Map.of(Side.REQUESTER, ec2(request.requester().location()),
                Side.ACCEPTER, ec2(request.accepter().location()));
    }

    /** Both VPCs as they are now, read in parallel. */
    private Map<Side, VpcSnapshot> snapshots(PeeringRequest request) {
        Ec2Gateway requesterEc2 = ec2(request.requester().location());
        Ec2Gateway accepterEc2 = ec2(request.accepter().location());
        Future<VpcSnapshot> requester = parallel.submit(requesterEc2.location(),
                () -> requesterEc2.snapshot(request.requester().vpcId()));
        Future<VpcSnapshot> accepter = parallel.submit(accepterEc2.location(),
                () -> accepterEc2.snapshot(request.accepter().vpcId()));
        return Map.of(Side.REQUESTER, await(requester), Side.ACCEPTER, await(accepter));
    }

    private static PeeringOptions withPorts(PeeringOptions options, List<PortRange> ports) {
        return new PeeringOptions(ports, options.subnets(), options.dns(), options.test(), options.reason());
    }

    /**
     * Rejects a pending peering in the accepter's account and region; one that is no longer pending
     * (accepted meanwhile) is deleted instead, and one that is gone already is left alone.
     */
    public void reject(PeeringRequest request) {
        String pcxId = request.pcxId();
        Ec2Gateway accepterEc2 = ec2(request.accepter().location());
        PeeringStatus status = accepterEc2.peering(pcxId).map(PeeringConnection::status).orElse(PeeringStatus.DELETED);
        if (status == PeeringStatus.PENDING_ACCEPTANCE) {
            try {
                accepterEc2.rejectPeering(pcxId);
                return;
            } catch (CloudException e) {
                status = accepterEc2.peering(pcxId).map(PeeringConnection::status).orElse(PeeringStatus.DELETED);
                if (status == PeeringStatus.PENDING_ACCEPTANCE) {
                    throw e;
                }
            }
        }
        if (status.live()) {
            PeeringSide requester = request.requester();
            ec2(requester.location()).deletePeering(pcxId);
        }
    }

    private Ec2Gateway ec2(Location location) {
        return gateways.at(location);
    }
}
