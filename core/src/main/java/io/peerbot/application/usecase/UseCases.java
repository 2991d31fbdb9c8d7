package io.peerbot.application.usecase;

import io.peerbot.application.apply.ChangeRunner;
import io.peerbot.application.apply.ResumeUnfinished;
import io.peerbot.application.apply.RetryChange;
import io.peerbot.application.decide.AskChange;
import io.peerbot.application.decide.DecideChange;
import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.lifecycle.Cards;
import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.lifecycle.Parties;
import io.peerbot.application.lifecycle.PeeringRecords;
import io.peerbot.application.lifecycle.PlanBinding;
import io.peerbot.application.lifecycle.ShownPlans;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.application.port.PeeringExporter;
import io.peerbot.application.port.RemoteCommands;
import io.peerbot.application.port.in.ChatEvents;
import io.peerbot.application.port.in.ResumeUnfinishedUseCase;
import io.peerbot.application.request.ProposalCheck;
import io.peerbot.application.request.RequestPeering;
import io.peerbot.application.request.ShowPlan;
import io.peerbot.application.watch.ForeignRequestWatch;
import io.peerbot.domain.approval.ApprovalPolicy;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Builds the use cases from the ports: what a chat adapter calls, what runs on start, and what runs on a
 * schedule ({@code foreignRequests}).
 */
public record UseCases(ChatEvents commands, ResumeUnfinishedUseCase resume, ForeignRequestWatch foreignRequests) {

    /**
     * @param probes runs the connectivity test's two directions side by side
     */
    public static UseCases assemble(Ec2Gateways gateways, ManagedPeerings peerings, PeeringEngine engine,
                                    ChatPort chat, OwnersFile ownersFile, OwnerDirectory directory,
                                    RemoteCommands remote, Executor probes, Policies policies) {
        return assemble(gateways, peerings, engine, chat, ownersFile, directory, remote, probes, policies, List.of());
    }

    /** @param exporters the formats {@code /peer export} writes; a format with none is answered as unavailable */
    public static UseCases assemble(Ec2Gateways gateways, ManagedPeerings peerings, PeeringEngine engine,
                                    ChatPort chat, OwnersFile ownersFile, OwnerDirectory directory,
                                    RemoteCommands remote, Executor probes, Policies policies,
                                    List<PeeringExporter> exporters) {
        TestConnectivity test = new TestConnectivity(gateways, remote, chat, policies.clock(), probes);
        ApprovalPolicy approvals = new ApprovalPolicy(policies.admins());
        OwnerLookup owners = new OwnerLookup(ownersFile, directory, policies.ownerCacheTtl());
        Parties parties = new Parties(owners, ownersFile, engine);
        PeeringFinder finder = new PeeringFinder(gateways, peerings, policies.watchedLocations());
        PeeringRecords records = new PeeringRecords(peerings, parties);
        Cards cards = new Cards(chat, engine);
        ChangeRunner runner = new ChangeRunner(engine, peerings, chat, cards, test::runAndReport);
        ProposalCheck proposals = new ProposalCheck(engine, parties, chat);
        ShownPlans shown = new ShownPlans();
        PlanBinding binding = new PlanBinding(engine, records, approvals, chat, cards, shown);
        ChatEventRouter.Routes routes = new ChatEventRouter.Routes(
                new RequestPeering(proposals, approvals, chat, peerings, runner, shown, policies.clock()),
                new ShowPlan(proposals, chat),
                new AskChange(finder, records, approvals, engine, cards, runner, binding, chat, policies.clock()),
                new DecideChange(records, approvals, engine, chat, cards, runner, binding, policies.clock(),
                        policies.duplicateClickWindow()),
                new RetryChange(finder, records, approvals, engine, runner, binding, chat),
                new Inspect(gateways, finder, chat),
                new RunTest(finder, test, chat),
                new ExportPeering(gateways, finder, chat, exporters));
        return new UseCases(new ChatEventRouter(new ChannelPolicy(policies.allowedChannels()), chat, routes),
                new ResumeUnfinished(finder, peerings, records, engine, runner, binding, chat),
                new ForeignRequestWatch(gateways, peerings, owners, chat, policies.alertChannel(),
                        policies.watchedLocations()));
    }
}
