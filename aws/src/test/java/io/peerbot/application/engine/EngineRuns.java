package io.peerbot.application.engine;

import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.domain.change.ChangePlan;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Drives the engine as a decision does: create the connection, read both VPCs once, plan, apply. */
final class EngineRuns {
    private EngineRuns() {
    }

    /** Creates the connection (pending acceptance) with these tags, as the peering record does. */
    static String create(Ec2Gateways gateways, Proposal proposal, Map<String, String> tags) {
        Map<String, String> all = new LinkedHashMap<>(tags);
        all.putIfAbsent("peerbot:managed", "true");
        VpcSnapshot requester = proposal.requester();
        VpcSnapshot accepter = proposal.accepter();
        return gateways.at(requester.location()).createPeering(requester.id(), accepter.id(), accepter.location(),
                all);
    }

    /** A peering whose creation, with these options, is approved and being applied. */
    static ManagedPeering peering(String pcx, Proposal proposal, PeeringOptions options) {
        Change creation = new Change(ChangeKind.CREATE, options.ports(), "U0REQUEST", Instant.now(), List.of(),
                ChangeState.APPLYING, null, null, "");
        return new ManagedPeering(new PcxId(pcx), side(proposal.requester()), side(proposal.accepter()),
                new MessageRef("C1", "1.1"), options, creation, null);
    }

    /** Applies the peering's creation; returns its plan. */
    static Plan apply(PeeringEngine engine, Ec2Gateways gateways, ManagedPeering peering, StepListener listener) {
        return run(engine, gateways, peering, peering.creation(), listener).additions();
    }

    /** What a later change of this kind would do, read now. */
    static ChangePlan plan(PeeringEngine engine, Ec2Gateways gateways, ManagedPeering peering, ChangeKind kind,
                           List<PortRange> ports) {
        Change change = later(kind, ports);
        return engine.plan(peering, change, engine.read(peering, status(gateways, peering)));
    }

    /** Carries out a later change of this kind; returns its plan. */
    static ChangePlan change(PeeringEngine engine, Ec2Gateways gateways, ManagedPeering peering, ChangeKind kind,
                             List<PortRange> ports, StepListener listener) {
        return run(engine, gateways, peering, later(kind, ports), listener);
    }

    private static ChangePlan run(PeeringEngine engine, Ec2Gateways gateways, ManagedPeering peering, Change change,
                                  StepListener listener) {
        Reading now = engine.read(peering, status(gateways, peering));
        ChangePlan plan = engine.plan(peering, change, now);
        engine.apply(peering, change, now, plan, listener);
        return plan;
    }

    private static Change later(ChangeKind kind, List<PortRange> ports) {
        return new Change(kind, ports, "U0REQUEST", Instant.now(), List.of(), ChangeState.APPLYING, null, null, "");
    }

    private static PeeringStatus status(Ec2Gateways gateways, ManagedPeering peering) {
        return gateways.at(peering.requester().location()).peering(peering.id().value())
                .map(PeeringConnection::status).orElse(PeeringStatus.DELETED);
    }

    private static PeeringSide side(VpcSnapshot vpc) {
        return new PeeringSide(vpc.id(), vpc.location(), vpc.cidrBlocks());
    }
}
