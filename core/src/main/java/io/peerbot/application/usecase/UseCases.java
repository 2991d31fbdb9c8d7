package io.peerbot.application.usecase;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.apply.FinalReport;
import io.peerbot.application.apply.ResumeUnfinished;
import io.peerbot.application.apply.ApplyLeases;
import io.peerbot.application.apply.RetryChange;
import io.peerbot.application.apply.TakeOver;
import io.peerbot.application.decide.AskChange;
import io.peerbot.application.drift.DriftActions;
import io.peerbot.application.drift.DriftWatch;
import io.peerbot.application.drift.ReadPace;
import io.peerbot.application.decide.DecideChange;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lease.DecisionLeases;
import io.peerbot.application.lease.LeaseKeeper;
import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.lifecycle.ChangePolicy;
import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.lifecycle.Parties;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.PlanBinding;
import io.peerbot.application.lifecycle.ShownPlans;
import io.peerbot.application.lifecycle.UnsavedRequests;
import io.peerbot.application.map.NetworkReader;
import io.peerbot.application.map.ShowHome;
import io.peerbot.application.map.ShowMap;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.MapPainter;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.application.port.PeeringExporter;
import io.peerbot.application.port.RemoteCommands;
import io.peerbot.application.port.RequestsJustMade;
import io.peerbot.application.policy.PolicyGate;
import io.peerbot.application.policy.ShowPolicy;
import io.peerbot.application.engine.VpcResolver;
import io.peerbot.application.port.in.ChatEvents;
import io.peerbot.application.port.in.HomeTabUseCase;
import io.peerbot.application.port.in.ResumeUnfinishedUseCase;
import io.peerbot.application.request.PairClaims;
import io.peerbot.application.request.ProposalCheck;
import io.peerbot.application.request.RequestPeering;
import io.peerbot.application.request.RequestTurns;
import io.peerbot.application.request.RequestsMadeHere;
import io.peerbot.application.request.ShowPlan;
import io.peerbot.application.expiry.EndTerm;
import io.peerbot.application.expiry.ExpiryWatch;
import io.peerbot.application.expiry.TermButtons;
import io.peerbot.application.watch.ForeignRequestWatch;
import io.peerbot.application.watch.RejectForeignRequest;
import io.peerbot.domain.expiry.PendingRequests;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.policy.Guardrails;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Builds the use cases from the ports: what a chat adapter calls, what runs on start, and what runs on a
 * schedule ({@code foreignRequests}, {@code expiry}, and with several replicas, {@code replicas}).
 */
public record UseCases(ChatEvents commands, ResumeUnfinishedUseCase resume, ForeignRequestWatch foreignRequests,
                       HomeTabUseCase home, DriftWatch drift, ExpiryWatch expiry, Replicas replicas) {

    /**
     * The drift watch's reads per second and burst: EC2 refills describe calls at about 20 a second per account
     * and region; the watch keeps to half of that, so what people ask for is never throttled because of it.
     */
    public static final double DRIFT_READS_PER_SECOND = 10;
    public static final int DRIFT_READ_BURST = 20;

    /**
     * @param probes  runs the connectivity test's two directions side by side
     * @param painter draws {@code /peer map}'s and the Home tab's pictures
     */
    public static UseCases assemble(Ec2Gateways gateways, ManagedPeerings peerings, PeeringEngine engine,
                                    ChatPort chat, OwnersFile ownersFile, OwnerDirectory directory,
                                    RemoteCommands remote, Executor probes, Policies policies,
                                    MapPainter painter) {
        return assemble(gateways, peerings, engine, chat, ownersFile, directory, remote, probes, policies, painter,
                Guardrails.none(), List.of());
    }

    /**
     * @param guardrails the policy file's rules, judged on every request and change
     * @param exporters  the formats {@code /peer export} writes; a format with none is answered as unavailable
     */
    public static UseCases assemble(Ec2Gateways gateways, ManagedPeerings peerings, PeeringEngine engine,
                                    ChatPort chat, OwnersFile ownersFile, OwnerDirectory directory,
                                    RemoteCommands remote, Executor probes, Policies policies,
                                    MapPainter painter, Guardrails guardrails, List<PeeringExporter> exporters) {
        return assemble(gateways, peerings, engine, chat, ownersFile, directory, remote, probes, policies, painter,
                guardrails, exporters, ReadPace.sleeping(DRIFT_READS_PER_SECOND, DRIFT_READ_BURST));
    }

    /** @param pace how fast the drift watch reads */
    public static UseCases assemble(Ec2Gateways gateways, ManagedPeerings peerings, PeeringEngine engine,
                                    ChatPort chat, OwnersFile ownersFile, OwnerDirectory directory,
                                    RemoteCommands remote, Executor probes, Policies policies,
                                    MapPainter painter, Guardrails guardrails, List<PeeringExporter> exporters,
                                    ReadPace pace) {
        return assemble(gateways, peerings, engine, chat, ownersFile, directory, remote, probes, policies, painter,
                guardrails, exporters, pace, LeaseKeeper.local(policies.clock()));
    }

    /**
     * @param leases how this replica agrees with the others who decides and applies a change and runs each
     *               watch; one replica alone keeps its leases in memory
     */
    public static UseCases assemble(Ec2Gateways gateways, ManagedPeerings peerings, PeeringEngine engine,
                                    ChatPort chat, OwnersFile ownersFile, OwnerDirectory directory,
                                    RemoteCommands remote, Executor probes, Policies policies,
                                    MapPainter painter, Guardrails guardrails, List<PeeringExporter> exporters,
                                    ReadPace pace, LeaseKeeper leases) {
        return assemble(gateways, peerings, engine, chat, ownersFile, directory, remote, probes, policies, painter,
                guardrails, exporters, pace, leases, new RequestsMadeHere());
    }

    /** @param justMade the peering requests made lately, where every replica that counts them reads them */
    public static UseCases assemble(Ec2Gateways gateways, ManagedPeerings peerings, PeeringEngine engine,
                                    ChatPort chat, OwnersFile ownersFile, OwnerDirectory directory,
                                    RemoteCommands remote, Executor probes, Policies policies,
                                    MapPainter painter, Guardrails guardrails, List<PeeringExporter> exporters,
                                    ReadPace pace, LeaseKeeper leases, RequestsJustMade justMade) {
        TestConnectivity test = new TestConnectivity(gateways, remote, chat, policies.clock(), probes);
        ApprovalPolicy approvals = new ApprovalPolicy(policies.admins());
        OwnerLookup owners = new OwnerLookup(ownersFile, directory, policies.ownerCacheTtl());
        Parties parties = new Parties(owners, ownersFile, engine);
        PeeringFinder finder = new PeeringFinder(gateways, peerings, policies.watchedLocations());
        PeeringRecords records = new PeeringRecords(peerings, parties, new DecisionLeases(leases));
        Cards cards = new Cards(chat, engine, new ChangePolicy(guardrails, owners));
        ApplyLeases applies = new ApplyLeases(leases, peerings);
        ChangeRunner runner = new ChangeRunner(engine, peerings, chat, new FinalReport(chat, cards, records),
                test::runAndReport, applies);
        PolicyGate gate = new PolicyGate(guardrails, approvals);
        ProposalCheck proposals = new ProposalCheck(engine, parties, chat, gate, policies.admins(), peerings);
        ShownPlans shown = new ShownPlans();
        PlanBinding binding = new PlanBinding(engine, records, approvals, chat, cards, shown);
        NetworkReader network = new NetworkReader(gateways, List.copyOf(finder.locations()), peerings, owners,
                ownersFile);
        AskChange ask = new AskChange(finder, records, approvals, engine, cards, runner, binding, chat,
                policies.clock());
        EndTerm endTerm = new EndTerm(records, engine, binding, cards, chat);
        ForeignRequestWatch foreignRequests = new ForeignRequestWatch(gateways, peerings, owners, chat,
                policies.alertChannel(), policies.watchedLocations(), policies.clock());
        ChatEventRouter.Routes routes = new ChatEventRouter.Routes(
                new RequestPeering(proposals, approvals, chat, peerings, runner, shown, policies.clock(),
                        new PairClaims(policies.clock(), leases.leases()),
                        new RequestTurns(leases, engine, policies.clock(), justMade)),
                new ShowPlan(proposals, chat),
                ask,
                new DecideChange(records, approvals, engine, chat, cards, runner, binding, policies.clock(),
                        policies.duplicateClickWindow()),
                new RetryChange(finder, records, approvals, engine, runner, binding, chat),
                new Inspect(gateways, finder, chat),
                new RunTest(finder, test, chat),
                new ShowMap(network, gateways, painter, chat),
                new ShowPolicy(guardrails, new VpcResolver(gateways, List.copyOf(finder.locations())), chat),
                new TermButtons(records, approvals, ask, endTerm, runner, chat, policies.clock()),
                new RejectForeignRequest(gateways, foreignRequests, owners, approvals, chat),
                new ExportPeering(gateways, finder, chat, exporters));
        DriftActions driftActions = new DriftActions(records, engine, approvals, ask, chat);
        DriftWatch drift = new DriftWatch(gateways, peerings, records, parties, chat, finder.locations(), pace,
                new UnsavedRequests(peerings, chat, policies.clock()));
        return new UseCases(new ChatEventRouter(new ChannelPolicy(policies.allowedChannels(), policies.alertChannel()), chat, routes,
                driftActions),
                new ResumeUnfinished(finder, peerings, records, engine, runner, binding, chat, applies),
                foreignRequests,
                new ShowHome(network, painter, chat), drift,
                new ExpiryWatch(finder, peerings, records, engine, endTerm, runner, cards, chat,
                        new PendingRequests(policies.remindAfter()), policies.clock()),
                new Replicas(leases, new TakeOver(finder, peerings, records, runner, binding, chat, applies),
                        foreignRequests));
    }
}
