package io.peerbot.application.engine;

import static io.peerbot.application.engine.ParallelCalls.await;

import io.peerbot.application.engine.ParallelCalls.Call;
import io.peerbot.application.engine.ParallelCalls.Outcome;
import io.peerbot.application.engine.VpcResolver.Found;
import io.peerbot.application.engine.VpcResolver.NotFound;
import io.peerbot.application.engine.VpcResolver.Resolution;
import io.peerbot.application.port.Caller;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.QuotaSource;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.drift.DriftPlans;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcDns;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.plan.PlanOutcome;
import io.peerbot.domain.plan.Planner;
import io.peerbot.domain.plan.Removal;
import io.peerbot.domain.plan.Remover;
import io.peerbot.domain.plan.RouteChange;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.traffic.PortRange;
import io.peerbot.domain.validation.PeeringValidator;
import io.peerbot.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a change into exactly the right EC2 calls, safely and repeatably: resolve, read and check two VPCs
 * before a peering is asked for; read both VPCs once per decision; plan a change from that reading; and carry
 * it out — accept, wait for active, add routes and rules (in parallel, within EC2's rate limits), set DNS, or
 * revoke and take it all down again. Every step is idempotent; a run after any failure converges to the plan.
 */
public final class PeeringEngine {
    private static final Logger LOG = LoggerFactory.getLogger(PeeringEngine.class);
    private static final List<Side> SIDES = List.of(Side.REQUESTER, Side.ACCEPTER);

    private final Ec2Gateways gateways;
    private final EngineSettings settings;
    private final Planner planner = new Planner();
    private final Remover remover = new Remover();
    private final DriftPlans driftPlans = new DriftPlans();
    private final QuotaSource quotas;
    private final VpcResolver resolver;
    private final ParallelCalls parallel;

    /** With {@link EngineSettings#defaults()}. */
    public PeeringEngine(Ec2Gateways gateways) {
        this(gateways, EngineSettings.defaults());
    }

    /** With the same quotas ({@link EngineSettings#quotas()}) in every account and region. */
    public PeeringEngine(Ec2Gateways gateways, EngineSettings settings) {
        this(gateways, settings, QuotaSource.fixed(settings.quotas()));
    }

    /** With the quotas {@code quotas} gives for each account and region. */
    public PeeringEngine(Ec2Gateways gateways, EngineSettings settings, QuotaSource quotas) {
        this.gateways = gateways;
        this.settings = settings;
        this.quotas = quotas;
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

            Supplier<List<VpcSnapshot>> snapshots = bothVpcs(requesterIn, requesterVpc.id(), accepterIn,
                    accepterVpc.id(), this::read, Ec2Gateway::snapshots);
            Supplier<List<List<PeeringConnection>>> peerings = bothVpcs(requesterIn, requesterVpc.id(), accepterIn,
                    accepterVpc.id(), this::read, Ec2Gateway::peeringsOfEach);
            Future<List<PeeringConnection>> outstandingMade =
                    read(requesterIn, () -> ec2(requesterIn).outstandingRequestsMade());
            Future<QuotaSource.Applied> requesterQuotas = read(requesterIn, () -> quotas.quotasIn(requesterIn));
            Future<QuotaSource.Applied> accepterQuotas = read(accepterIn, () -> quotas.quotasIn(accepterIn));
            Optional<Future<VpcDns>> requesterDns = options.dns()
                    ? Optional.of(read(requesterIn, () -> ec2(requesterIn).dnsOf(requesterVpc.id())))
                    : Optional.empty();
            Optional<Future<VpcDns>> accepterDns = options.dns()
                    ? Optional.of(read(accepterIn, () -> ec2(accepterIn).dnsOf(accepterVpc.id())))
                    : Optional.empty();
            // The permission check needs only the two ids: it goes with the reads, not one call's time after them,
            // and is heard only when nothing else refuses the plan.
            Future<Void> mayCreate = read(requesterIn, () -> {
                ec2(requesterIn).dryRunCreatePeering(requesterVpc.id(), accepterVpc.id(), accepterIn);
                return null;
            });
            List<VpcSnapshot> both = snapshots.get();
            VpcSnapshot requesterNow = both.get(0);
            VpcSnapshot accepterNow = both.get(1);
            Map<String, PeeringConnection> existing = new LinkedHashMap<>();
            peerings.get().forEach(of -> of.forEach(p -> existing.putIfAbsent(p.id(), p)));

            QuotaSource.Applied requesterApplied = await(requesterQuotas);
            QuotaSource.Applied accepterApplied = await(accepterQuotas);
            Plan plan = ReadNotes.added(planner.plan(requesterNow, accepterNow, options),
                    ReadNotes.of(requesterIn, requesterApplied, requesterVpc.id(), requesterDns.map(ParallelCalls::await)),
                    ReadNotes.of(accepterIn, accepterIn.equals(requesterIn) ? QuotaSource.Applied.read(
                            accepterApplied.quotas()) : accepterApplied, accepterVpc.id(),
                            accepterDns.map(ParallelCalls::await)));
            PeeringValidator validator = new PeeringValidator(requesterApplied.quotas(), accepterApplied.quotas());
            List<Rejection> problems = validator.validate(requesterNow, accepterNow, List.copyOf(existing.values()),
                    await(outstandingMade), plan);
            if (!problems.isEmpty()) {
                return new Preparation.Refused(problems);
            }
            await(mayCreate);
            return new Preparation.Ready(new Proposal(requesterNow, accepterNow, plan));
        } catch (Refusal refusal) {
            return new Preparation.Refused(refusal.rejections());
        }
    }

    /**
     * Whether one more request from {@code requester}'s account and region is within its outstanding-requests
     * quota, counted afresh: the requests that account has made there awaiting acceptance, read now. Changes
     * nothing; a missing permission is a refusal that names it.
     *
     * @param madeJustNow requests made there a moment ago. EC2's reads are eventually consistent, so the count
     *                    may not list one yet: one it does not list is looked up, when it could tip the count, and
     *                    counted unless EC2 shows it no longer awaits acceptance.
     */
    public List<Rejection> outstandingRequestsOver(VpcSnapshot requester, Set<String> madeJustNow) {
        Location at = requester.location();
        try {
            Ec2Gateway ec2 = ec2(at);
            List<PeeringConnection> outstandingMade = new ArrayList<>(ec2.outstandingRequestsMade());
            PeeringValidator validator = new PeeringValidator(quotas.quotasIn(at).quotas());
            Set<String> listed = new HashSet<>();
            outstandingMade.forEach(p -> listed.add(p.id()));
            List<String> unlisted = madeJustNow.stream().filter(id -> !listed.contains(id)).sorted().toList();
            if (unlisted.isEmpty()
                    || validator.outstandingRequests(requester, outstandingMade, unlisted.size()).isEmpty()) {
                return validator.outstandingRequests(requester, outstandingMade);
            }
            int unseen = 0;
            for (String id : unlisted) {
                Optional<PeeringConnection> shown = ec2.peering(id);
                if (shown.isPresent()) {
                    outstandingMade.add(shown.get());
                } else {
                    unseen++;
                }
            }
            return validator.outstandingRequests(requester, outstandingMade, unseen);
        } catch (CloudException e) {
            if (e.permissionDenied()) {
                return List.of(new Rejection.MissingPermission(e.action(), at.toString()));
            }
            throw e;
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

    /** Both VPCs as they are now, read in parallel, with the connection's status as the caller read it. */
    public Reading read(ManagedPeering peering, PeeringStatus status) {
        List<VpcSnapshot> both = bothVpcs(peering.requester().location(), peering.requester().vpcId(),
                peering.accepter().location(), peering.accepter().vpcId(), parallel::submit, Ec2Gateway::snapshots)
                .get();
        return new Reading(status, both.get(0), both.get(1));
    }

    /** How a read is started in a location (in parallel with others). */
    @FunctionalInterface
    private interface Reads {
        <T> Future<T> start(Location location, Supplier<T> work);
    }

    /**
     * Starts reading both VPCs, requester first, with {@code readEach} (what it reads for each VPC given, in order):
     * together when they are in one account and region (one describe per kind for the two), else side by side.
     * The answer waits for them.
     */
    private <T> Supplier<List<T>> bothVpcs(Location requesterIn, String requesterVpc, Location accepterIn,
                                           String accepterVpc, Reads reads,
                                           BiFunction<Ec2Gateway, List<String>, List<T>> readEach) {
        if (requesterIn.equals(accepterIn)) {
            Future<List<T>> both = reads.start(requesterIn,
                    () -> readEach.apply(ec2(requesterIn), List.of(requesterVpc, accepterVpc)));
            return () -> await(both);
        }
        Future<List<T>> requester = reads.start(requesterIn,
                () -> readEach.apply(ec2(requesterIn), List.of(requesterVpc)));
        Future<List<T>> accepter = reads.start(accepterIn,
                () -> readEach.apply(ec2(accepterIn), List.of(accepterVpc)));
        return () -> List.of(await(requester).get(0), await(accepter).get(0));
    }

    /**
     * What {@code change} does to the peering as read: a creation's or an open's whole plan for its ports, the
     * rules a close revokes, everything a delete removes. Pure: reads nothing.
     */
    public ChangePlan plan(ManagedPeering peering, Change change, Reading now) {
        String pcxId = peering.id().value();
        VpcSnapshot requester = now.requester();
        VpcSnapshot accepter = now.accepter();
        return switch (change.kind()) {
            case CREATE -> ChangePlan.creating(pcxId, change.ports(),
                    planner.plan(requester, accepter, withPorts(peering.options(), change.ports())))
                    .ending(change.endsAt());
            case OPEN -> ChangePlan.opening(pcxId, change.ports(),
                    planner.plan(requester, accepter, withPorts(peering.options(), change.ports())))
                    .ending(change.endsAt());
            case CLOSE -> ChangePlan.closing(pcxId, change.ports(),
                    remover.closing(requester, accepter, pcxId, change.ports()));
            case DELETE -> ChangePlan.teardown(pcxId, remover.teardown(requester, accepter, pcxId));
            case REPAIR -> ChangePlan.restoring(pcxId,
                    driftPlans.repair(peering, change.consentedSides(), requester, accepter));
            case EXTEND -> ChangePlan.extending(pcxId, driftPlans.extension(peering, requester, accepter));
            case RENEW -> ChangePlan.renewing(pcxId, change.ports(), change.endsAt());
        };
    }

    /**
     * The subnets {@code --subnets} names that exist in neither VPC as read, when a creation or an open would
     * otherwise plan for every subnet instead; empty when there is a plan.
     */
    public Optional<List<String>> subnetsGone(ManagedPeering peering, Change change, Reading now) {
        if (change.kind() != ChangeKind.CREATE && change.kind() != ChangeKind.OPEN) {
            return Optional.empty();
        }
        PlanOutcome outcome = planner.outcome(now.requester(), now.accepter(),
                withPorts(peering.options(), change.ports()));
        return outcome instanceof PlanOutcome.SubnetsGone gone ? Optional.of(gone.subnetIds()) : Optional.empty();
    }

    /**
     * Carries out {@code plan} for {@code change} (begun: every side consented), from the VPCs as {@code now}
     * read them: a creation accepts the peering, waits for it to be active and adds what is not in place yet;
     * an open adds its rules; a close revokes; a delete removes everything, then the connection. Idempotent: a
     * run after any failure converges.
     */
    public void apply(ManagedPeering peering, Change change, Reading now, ChangePlan plan, StepListener listener) {
        apply(peering, change, now, plan, listener, null);
    }

    /**
     * As {@link #apply(ManagedPeering, Change, Reading, ChangePlan, StepListener)}, every write made on behalf of
     * {@code caller} (the person whose click or command caused it), so AWS's audit trail names them.
     */
    public void apply(ManagedPeering peering, Change change, Reading now, ChangePlan plan, StepListener listener,
                      Caller caller) {
        switch (change.kind()) {
            case CREATE -> create(peering, now, plan.additions(), listener, caller);
            case OPEN -> open(peering, now, plan.additions(), listener, caller);
            case CLOSE -> remove(peering, plan.removal(), listener, false, caller);
            case DELETE -> teardown(peering, now, plan.removal(), listener, caller);
            case REPAIR, EXTEND -> restore(peering, now, plan.additions(), listener, caller);
            case RENEW -> {
                // nothing in EC2: the new end time is the peering's record, written when the change is done
            }
        }
    }

    private void create(ManagedPeering peering, Reading now, Plan plan, StepListener listener, Caller caller) {
        String pcxId = peering.id().value();
        Map<Side, Ec2Gateway> ec2 = gatewaysOf(peering, caller);
        Ec2Gateway accepterEc2 = ec2.get(Side.ACCEPTER);
        if (now.status().pending()) {
            accepterEc2.acceptPeering(pcxId);
            LOG.info("Accepted {} in {}", pcxId, accepterEc2.location());
            tell(() -> listener.accepted(pcxId, accepterEc2.location()));
        }
        if (now.status() != PeeringStatus.ACTIVE) {
            accepterEc2.awaitActive(pcxId, settings.activeTimeout());
        }
        tell(() -> listener.active(pcxId));
        Plan outstanding = plan.outstanding(now.requester(), now.accepter(), pcxId);
        LOG.info("Applying {}: {} of {} routes and {} of {} rules to add", pcxId, outstanding.routeCount(),
                plan.routeCount(), outstanding.ruleCount(), plan.ruleCount());
        addRoutesAndRules(pcxId, plan, outstanding, ec2, now, listener);
        if (peering.options().dns()) {
            for (Side side : SIDES) {
                ec2.get(side).allowRemoteDnsResolution(pcxId);
                tell(() -> listener.dnsResolutionAllowed(side));
            }
        }
    }

    /** A repair or an extension: adds the routes and rules of its plan that are not in place. */
    private void restore(ManagedPeering peering, Reading now, Plan plan, StepListener listener, Caller caller) {
        String pcxId = peering.id().value();
        Map<Side, Ec2Gateway> ec2 = gatewaysOf(peering, caller);
        Plan outstanding = plan.outstanding(now.requester(), now.accepter(), pcxId);
        LOG.info("Restoring {}: {} of {} routes and {} of {} rules to add", pcxId, outstanding.routeCount(),
                plan.routeCount(), outstanding.ruleCount(), plan.ruleCount());
        addRoutesAndRules(pcxId, plan, outstanding, ec2, now, listener);
    }

    private void open(ManagedPeering peering, Reading now, Plan plan, StepListener listener, Caller caller) {
        String pcxId = peering.id().value();
        Plan outstanding = plan.outstanding(now.requester(), now.accepter(), pcxId);
        LOG.info("Opening {} on {}: {} of {} rules to add", plan.requester().rules().stream()
                .map(RuleChange::ports).distinct().toList(), pcxId, outstanding.ruleCount(), plan.ruleCount());
        addRules(pcxId, plan, outstanding, gatewaysOf(peering, caller), now, listener::rulesAdded);
    }

    /**
     * Takes the peering down: removes every route through it and every rule peerbot made for it on both
     * sides (nothing else), in parallel within the bound, then deletes the peering connection. The peering is
     * deleted only once every route and rule is gone, so a failed run leaves it for the next to find them by.
     * A peering deleted outside peerbot is not deleted again: its blackhole routes and peerbot's rules go all the
     * same. Last, stale references to the peer's groups peerbot made are revoked (the others reported).
     */
    private void teardown(ManagedPeering peering, Reading now, Removal removal, StepListener listener,
                          Caller caller) {
        String pcxId = peering.id().value();
        LOG.info("Tearing down {}: {} routes and {} rules to remove", pcxId, removal.routeCount(),
                removal.ruleCount());
        remove(peering, removal, listener, true, caller);
        Ec2Gateway requesterEc2 = ec2(peering.requester().location(), caller);
        if (now.status().live()) {
            requesterEc2.deletePeering(pcxId);
            LOG.info("Deleted {} in {}", pcxId, requesterEc2.location());
        }
        tell(() -> listener.peeringDeleted(pcxId, now.status().code()));
        Map<Side, Ec2Gateway> ec2 = gatewaysOf(peering, caller);
        for (Side side : SIDES) {
            StaleReferenceCleanup.clean(side, ec2.get(side), now.side(side), listener);
        }
    }

    /**
     * Every route and every rule of both sides at once: a rule does not depend on a route (nor the reverse), and
     * their EC2 buckets differ, so the rules do not wait for the routes. Routes are reported before rules, each
     * side once all of its calls succeeded; then the first failure, if any, is thrown.
     */
    private void addRoutesAndRules(String pcxId, Plan plan, Plan outstanding, Map<Side, Ec2Gateway> ec2,
                                   Reading now, StepListener listener) {
        List<Side> routeSides = new ArrayList<>();
        List<Future<Void>> routes = parallel.startAll(routeCalls(pcxId, outstanding, ec2, routeSides));
        List<Side> ruleSides = new ArrayList<>();
        List<Future<Map<RuleChange, String>>> rules = parallel.startAll(ruleCalls(pcxId, outstanding, ec2,
                ruleSides));
        List<Outcome<Void>> routeOutcomes = ParallelCalls.outcomes(routes);
        List<Outcome<Map<RuleChange, String>>> ruleOutcomes = ParallelCalls.outcomes(rules);
        for (Side side : SIDES) {
            if (allOk(routeSides, routeOutcomes, side)) {
                tell(() -> listener.routesAdded(side, plan.side(side).routes()));
            }
        }
        reportRules(plan, now, ruleSides, ruleOutcomes, listener::rulesAdded);
        List<Outcome<?>> all = new ArrayList<>(routeOutcomes);
        all.addAll(ruleOutcomes);
        ParallelCalls.throwFirstFailure(all);
    }

    /** Only the rules (an open): one call per security group, all groups of both sides in parallel. */
    private void addRules(String pcxId, Plan plan, Plan outstanding, Map<Side, Ec2Gateway> ec2,
                          Reading now, BiConsumer<Side, Map<String, String>> report) {
        List<Side> sides = new ArrayList<>();
        List<Outcome<Map<RuleChange, String>>> outcomes = parallel.runAll(ruleCalls(pcxId, outstanding, ec2, sides));
        reportRules(plan, now, sides, outcomes, report);
        ParallelCalls.throwFirstFailure(outcomes);
    }

    /** One call per route to add; {@code sides} gets each call's side. */
    private static List<Call<Void>> routeCalls(String pcxId, Plan outstanding, Map<Side, Ec2Gateway> ec2,
                                               List<Side> sides) {
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
        return calls;
    }

    /** One call per security group with rules to add; {@code sides} gets each call's side. */
    private static List<Call<Map<RuleChange, String>>> ruleCalls(String pcxId, Plan outstanding,
                                                                 Map<Side, Ec2Gateway> ec2, List<Side> sides) {
        String description = RuleLabels.description(pcxId);
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
        return calls;
    }

    /** Each side whose calls all succeeded: its rules in place, by label, with their ids. */
    private static void reportRules(Plan plan, Reading now, List<Side> sides,
                                    List<Outcome<Map<RuleChange, String>>> outcomes,
                                    BiConsumer<Side, Map<String, String>> report) {
        Map<RuleChange, String> added = new LinkedHashMap<>();
        outcomes.stream().filter(Outcome::ok).forEach(o -> added.putAll(o.value()));
        for (Side side : SIDES) {
            if (!allOk(sides, outcomes, side)) {
                continue;
            }
            Map<String, String> inPlace = new LinkedHashMap<>();
            for (RuleChange rule : plan.side(side).rules()) {
                inPlace.put(RuleLabels.key(rule),
                        added.containsKey(rule) ? added.get(rule) : existingRuleId(now.side(side), rule));
            }
            tell(() -> report.accept(side, inPlace));
        }
    }

    private static String existingRuleId(VpcSnapshot vpc, RuleChange rule) {
        return vpc.securityGroup(rule.groupId()).flatMap(g -> g.ingress().stream()
                        .filter(rule::sameAs).findFirst())
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
     * All route deletions and rule revocations of both sides in one parallel batch; then the reports, routes
     * reported only when {@code reportRoutes} (a close touches none).
     */
    private void remove(ManagedPeering peering, Removal removal, StepListener listener, boolean reportRoutes,
                        Caller caller) {
        Map<Side, Ec2Gateway> ec2 = gatewaysOf(peering, caller);
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

    private Map<Side, Ec2Gateway> gatewaysOf(ManagedPeering peering, Caller caller) {
        return Map.of(Side.REQUESTER, ec2(peering.requester().location(), caller),
                Side.ACCEPTER, ec2(peering.accepter().location(), caller));
    }

    private static PeeringOptions withPorts(PeeringOptions options, List<PortRange> ports) {
        return options.withPorts(ports);
    }

    /**
     * Takes away what a change denied after it had begun made: its plan changed part-way, went back to its owners,
     * and they denied it. An open: the rules peerbot made for its ports; a creation: every route and rule made for
     * the peering, then the connection, as a delete does. Other kinds add nothing the approved peering lacks.
     */
    public void undo(ManagedPeering peering, Change denied, Reading now, Caller caller) {
        String pcxId = peering.id().value();
        switch (denied.kind()) {
            case OPEN -> remove(peering, remover.closing(now.requester(), now.accepter(), pcxId, denied.ports()),
                    StepListener.UNHEARD, false, caller);
            case CREATE -> teardown(peering, now, remover.teardown(now.requester(), now.accepter(), pcxId),
                    StepListener.UNHEARD, caller);
            case CLOSE, DELETE, REPAIR, EXTEND, RENEW -> {
            }
        }
        LOG.info("Took away what the denied {} had made on {}", denied.describe(), pcxId);
    }

    /**
     * Rejects a pending peering in the accepter's account and region; one that is no longer pending
     * (accepted meanwhile) is deleted instead, and one that is gone already is left alone.
     */
    public void reject(ManagedPeering peering) {
        reject(peering, null);
    }

    /** As {@link #reject(ManagedPeering)}, on behalf of {@code caller}, who denied it. */
    public void reject(ManagedPeering peering, Caller caller) {
        String pcxId = peering.id().value();
        Ec2Gateway accepterEc2 = ec2(peering.accepter().location(), caller);
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
            ec2(peering.requester().location(), caller).deletePeering(pcxId);
        }
    }

    /** Whether an account is outside the organisation: the bot acts there not at all (no role assumed). */
    public boolean foreign(String account) {
        return gateways.foreign(account);
    }

    private Ec2Gateway ec2(Location location) {
        return gateways.at(location);
    }

    /** EC2 for a write on behalf of {@code caller}; the bot's own session when no one is named. */
    private Ec2Gateway ec2(Location location, Caller caller) {
        return caller == null ? gateways.at(location) : gateways.at(location, caller);
    }
}
