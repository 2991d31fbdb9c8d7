package io.peerbot.application.watch;

import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Caller;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.in.RejectForeignUseCase;
import io.peerbot.domain.approval.ApprovalPolicy;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.lifecycle.ConnectionReference;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reject on a peer-phishing alert: an owner of the VPC the request targets (or an admin) rejects it in that VPC's
 * account, on their own behalf. The request is read back from AWS on the click: it must still await acceptance into
 * that account and still be one peerbot did not make. Anyone else is told who may; nothing changes.
 */
public final class RejectForeignRequest implements RejectForeignUseCase {
    private static final Logger log = LoggerFactory.getLogger(RejectForeignRequest.class);

    private final Ec2Gateways gateways;
    private final ForeignRequestWatch watch;
    private final OwnerLookup owners;
    private final ApprovalPolicy policy;
    private final ChatPort chat;

    public RejectForeignRequest(Ec2Gateways gateways, ForeignRequestWatch watch, OwnerLookup owners,
                                ApprovalPolicy policy, ChatPort chat) {
        this.gateways = gateways;
        this.watch = watch;
        this.owners = owners;
        this.policy = policy;
        this.chat = chat;
    }

    @Override
    public void reject(Actor clicker, ConnectionReference ref) {
        Location where = ref.location();
        if (gateways.foreign(where.account())) {
            tell(clicker, new Notice.Rejected(List.of(new Rejection.AccountNotAllowed(ref.pcxId().value(),
                    where.account()))));
            return;
        }
        Optional<PeeringConnection> request = gateways.at(where).peering(ref.pcxId().value());
        if (request.isEmpty() || request.get().status() != PeeringStatus.PENDING_ACCEPTANCE
                || !request.get().accepter().location().equals(where) || !watch.notMadeByPeerbot(request.get(), where)) {
            tell(clicker, new Notice.ForeignRequestNotPending(ref.pcxId(), request.map(PeeringConnection::status)));
            return;
        }
        String vpcId = request.get().accepter().vpcId();
        Optional<VpcSummary> target = watch.targetVpc(vpcId, where);
        Owners targetOwners = target.map(v -> owners.ownersOf(vpcId, where, v.tags())).orElse(Owners.none());
        if (!targetOwners.includes(clicker.userId()) && !policy.admins().contains(clicker.userId())) {
            tell(clicker, new Notice.ForeignRejectRefused(ref.pcxId(), target.map(VpcSummary::displayName)
                    .orElse(vpcId), targetOwners, policy.admins()));
            return;
        }
        gateways.at(where, Caller.of(clicker.userId(), ref.pcxId().value())).rejectPeering(ref.pcxId().value());
        log.info("{} rejected peering request {} into {} in {}", clicker.userId(), ref.pcxId(), vpcId, where);
        chat.post(clicker.channel(), new Notice.ForeignRequestRejected(ref.pcxId(), clicker.userId()));
    }

    private void tell(Actor clicker, Notice notice) {
        chat.tellPrivately(clicker.channel(), clicker.userId(), notice);
    }
}
