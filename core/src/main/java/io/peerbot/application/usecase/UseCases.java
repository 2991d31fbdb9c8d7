package io.peerbot.application.usecase;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.application.port.PeerCommands;
import io.peerbot.application.port.RemoteCommands;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.plan.Planner;
import java.util.List;
import java.util.concurrent.Executor;

/** Builds the use cases from the ports: what a chat adapter calls, and what runs on start. */
public record UseCases(PeerCommands commands, ResumeUnfinished resume) {

    /**
     * @param probes runs the connectivity test's two directions side by side
     */
    public static UseCases assemble(Ec2Gateways gateways, PeeringEngine engine, ChatPort chat, OwnersFile ownersFile,
                                    OwnerDirectory directory, RemoteCommands remote, Executor probes,
                                    Policies policies) {
        TestConnectivity test = new TestConnectivity(gateways, remote, chat, policies.clock(), probes);
        ApprovalPolicy approvals = new ApprovalPolicy(policies.admins());
        RequestStore store = new RequestStore(gateways);
        RequestParties parties = new RequestParties(
                new OwnerLookup(ownersFile, directory, policies.ownerCacheTtl()), ownersFile, store);
        PeeringFinder finder = new PeeringFinder(gateways, policies.watchedLocations());
        RequestCards cards = new RequestCards(gateways, new Planner(), parties, chat);
        ApplyRequest apply = new ApplyRequest(engine, store, chat, cards,
                request -> test.runAndReport(request, List.of()));
        ProposalCheck proposals = new ProposalCheck(engine, parties, chat);
        ChangeCards changeCards = new ChangeCards(engine, chat);
        ApplyChange applyChange = new ApplyChange(engine, store, chat, parties, changeCards, cards,
                test::runAndReport);
        PeeringLocks locks = new PeeringLocks();
        PeerBot bot = new PeerBot(new ChannelPolicy(policies.allowedChannels()), chat,
                new RequestPeering(engine, proposals, approvals, chat, store, apply, policies.clock()),
                new ShowPlan(proposals, chat),
                new DecideRequest(store, parties, approvals, engine, apply, chat, cards, policies.clock(),
                        policies.duplicateClickWindow(), changeCards, applyChange, locks),
                new Inspect(gateways, finder, chat),
                new RetryApply(finder, parties, store, approvals, apply, applyChange, chat),
                new RunTest(finder, test, chat),
                new RequestChange(finder, store, parties, approvals, engine, changeCards, applyChange, locks, chat,
                        policies.clock()));
        return new UseCases(bot, new ResumeUnfinished(gateways, finder, store, apply, applyChange, chat));
    }
}
