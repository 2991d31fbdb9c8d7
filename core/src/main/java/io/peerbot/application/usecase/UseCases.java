package io.peerbot.application.usecase;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.application.port.PeerCommands;
import io.peerbot.application.port.RemoteCommands;
import io.peerbot.domain.approval.ApprovalPolicy;
import java.util.concurrent.Executor;

/** Builds the use cases from the ports: what a chat adapter calls, and what runs on start. */
public record UseCases(PeerCommands commands, ResumeUnfinished resume) {

    /**
     * @param probes runs the connectivity test's two directions side by side
     */
    public static UseCases assemble(Ec2Gateways gateways, ManagedPeerings peerings, PeeringEngine engine,
                                    ChatPort chat, OwnersFile ownersFile, OwnerDirectory directory,
                                    RemoteCommands remote, Executor probes, Policies policies) {
        TestConnectivity test = new TestConnectivity(gateways, remote, chat, policies.clock(), probes);
        ApprovalPolicy approvals = new ApprovalPolicy(policies.admins());
        Parties parties = new Parties(new OwnerLookup(ownersFile, directory, policies.ownerCacheTtl()), ownersFile,
                engine);
        PeeringFinder finder = new PeeringFinder(gateways, peerings, policies.watchedLocations());
        PeeringRecords records = new PeeringRecords(peerings, parties);
        Cards cards = new Cards(chat, engine);
        ChangeRunner runner = new ChangeRunner(engine, peerings, chat, cards, test::runAndReport);
        ProposalCheck proposals = new ProposalCheck(engine, parties, chat);
        PeerBot bot = new PeerBot(new ChannelPolicy(policies.allowedChannels()), chat,
                new RequestPeering(proposals, approvals, chat, peerings, runner, policies.clock()),
                new ShowPlan(proposals, chat),
                new DecideChange(records, approvals, engine, chat, cards, runner, policies.clock(),
                        policies.duplicateClickWindow()),
                new Inspect(gateways, finder, chat),
                new RetryChange(finder, records, approvals, engine, runner, chat),
                new RunTest(finder, test, chat),
                new AskChange(finder, records, approvals, engine, cards, runner, chat, policies.clock()));
        return new UseCases(bot, new ResumeUnfinished(finder, peerings, records, engine, runner, chat));
    }
}
