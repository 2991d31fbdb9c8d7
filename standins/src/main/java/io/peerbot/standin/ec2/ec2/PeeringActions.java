package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.AwsServiceError;
import io.peerbot.standin.ec2.http.Xml;
import io.peerbot.standin.ec2.model.Cidrs;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Side;
import io.peerbot.standin.ec2.model.StoredPeeringConnection.Status;
import io.peerbot.standin.ec2.model.StoredVpc;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The peering lifecycle: Create → pending-acceptance (or failed) → Accept → [provisioning →] active; Reject →
 * rejected; Delete → deleted. Plus Describe and ModifyVpcPeeringConnectionOptions.
 */
final class PeeringActions {
    static final String FAILED_MESSAGE = "Failed due to incorrect VPC-ID, Account ID, or overlapping CIDR range.";

    /** Each side sees only its own tags, so the filters are bound to the caller. */
    private static FilterSpec<StoredPeeringConnection> filters(Ec2Call call) {
        return new FilterSpec<StoredPeeringConnection>(p -> p.tagsOf(call.account(), call.region()).asMap())
                .field("vpc-peering-connection-id", StoredPeeringConnection::id)
                .field("requester-vpc-info.vpc-id", p -> p.requester().vpcId())
                .field("requester-vpc-info.owner-id", p -> p.requester().account())
                .field("accepter-vpc-info.vpc-id", p -> p.accepter().vpcId())
                .field("accepter-vpc-info.owner-id", p -> p.accepter().account())
                .field("status-code", p -> p.status().code())
                .field("status-message", StoredPeeringConnection::statusMessage)
                .field("expiration-time", p -> Ec2Xml.time(p.expirationTime()));
    }

    private PeeringActions() {
    }

    static void register(Map<String, Ec2Action> actions) {
        actions.put("DescribeVpcPeeringConnections", PeeringActions::describe);
        actions.put("CreateVpcPeeringConnection", PeeringActions::create);
        actions.put("AcceptVpcPeeringConnection", PeeringActions::accept);
        actions.put("RejectVpcPeeringConnection", PeeringActions::reject);
        actions.put("DeleteVpcPeeringConnection", PeeringActions::delete);
        actions.put("ModifyVpcPeeringConnectionOptions", PeeringActions::modifyOptions);
    }

    private static void describe(Ec2Call call, Xml out) {
        boolean listing = call.params().list("VpcPeeringConnectionId").isEmpty();
        List<StoredPeeringConnection> visible = call.world().peerings().stream()
                .filter(p -> p.seenBy(call.account(), call.region()))
                .filter(p -> !listing || p.listedTo(call.account(), call.region())).toList();
        List<StoredPeeringConnection> selected = call.selected("VpcPeeringConnectionId", visible, Ec2Call::peering);
        selected.forEach(call.world()::pollPeering);
        List<StoredPeeringConnection> matching = filters(call).apply(selected, call.params());
        Page<StoredPeeringConnection> page = Page.of(matching, call.params(), 1000);
        out.list("vpcPeeringConnectionSet", page.items(), (x, p) -> PeeringXml.peering(x, p, call));
        out.value("nextToken", page.nextToken());
    }

    private static void create(Ec2Call call, Xml out) {
        StoredVpc vpc = call.vpc(call.params().required("VpcId"));
        String peerVpcId = call.params().required("PeerVpcId");
        String peerOwner = Optional.ofNullable(call.params().get("PeerOwnerId")).orElse(call.account());
        String peerRegion = Optional.ofNullable(call.params().get("PeerRegion")).orElse(call.region());
        Map<String, String> tags = call.tagSpecifications("vpc-peering-connection");
        if (peerVpcId.equals(vpc.id())) {
            throw Ec2Errors.invalid("The requester VPC and the accepter VPC must be different: " + vpc.id());
        }
        Optional<StoredVpc> peer = call.world().region(peerOwner, peerRegion).findVpc(peerVpcId);
        boolean sameAccountAndRegion = peerOwner.equals(call.account()) && peerRegion.equals(call.region());
        if (peer.isEmpty() && sameAccountAndRegion) {
            throw Ec2Errors.notFound(peerVpcId);
        }
        // AWS allows one live peering between two VPCs: the check and the create are one step, as in EC2.
        StoredPeeringConnection pcx;
        synchronized (call.world()) {
            // AWS's quota counts the requests an account has made in a Region that await acceptance, whatever VPCs
            int limit = call.settings().outstandingPeeringRequests();
            long outstanding = call.world().peerings().stream()
                    .filter(p -> p.requester().account().equals(call.account())
                            && p.requester().region().equals(call.region()))
                    .filter(p -> p.status() == Status.PENDING_ACCEPTANCE || p.status() == Status.INITIATING_REQUEST)
                    .count();
            if (outstanding >= limit) {
                throw AwsServiceError.client("OutstandingVpcPeeringConnectionLimitExceeded", "You have reached the "
                        + "limit of " + limit + " outstanding VPC peering connection requests for account "
                        + call.account() + " in " + call.region() + ".");
            }
            call.world().peerings().stream()
                    .filter(p -> p.status().isLive() && connects(p, vpc.id(), peerVpcId))
                    .findFirst().ifPresent(p -> {
                        throw AwsServiceError.client("VpcPeeringConnectionAlreadyExists", "A VPC peering connection "
                                + "between " + vpc.id() + " and " + peerVpcId + " already exists: " + p.id());
                    });
            String injectedFailure = call.settings().takeNextPeeringFailure();
            boolean fails = injectedFailure != null || peer.isEmpty() || overlap(vpc, peer.get());
            Side requester = new Side(call.account(), call.region(), vpc.id());
            Side accepter = new Side(peerOwner, peerRegion, peerVpcId);
            Status outcome = fails ? Status.FAILED : Status.PENDING_ACCEPTANCE;
            String outcomeMessage = injectedFailure != null ? injectedFailure
                    : fails ? FAILED_MESSAGE : "Pending Acceptance by " + peerOwner;
            int polls = call.settings().initiatingPolls();
            pcx = call.world().createPeering(requester, accepter,
                    call.world().now().plus(call.settings().pendingPeeringExpiry()),
                    polls > 0 ? Status.INITIATING_REQUEST : outcome,
                    polls > 0 ? "Initiating Request to " + peerOwner : outcomeMessage);
            if (polls > 0) {
                pcx.scheduleTransition(outcome, outcomeMessage, polls - 1);
            }
            pcx.tagsOf(call.account(), call.region()).putAll(tags);
        }
        pcx.hideForCalls(call.settings().requesterLag(), call.settings().accepterLag());
        pcx.leaveUnlistedFor(call.settings().requesterListingLag());
        out.start("vpcPeeringConnection");
        PeeringXml.peering(out, pcx, call);
        out.end();
    }

    private static void accept(Ec2Call call, Xml out) {
        StoredPeeringConnection pcx = call.peering(call.params().required("VpcPeeringConnectionId"));
        if (!pcx.accepter().is(call.account(), call.region())) {
            throw Ec2Errors.notPermitted("User " + call.account() + " cannot accept peering " + pcx.id());
        }
        if (pcx.status() != Status.PENDING_ACCEPTANCE) {
            throw Ec2Errors.invalidTransition(pcx.id(), pcx.status().code(), Status.ACTIVE.code());
        }
        for (String vpcId : List.of(pcx.requester().vpcId(), pcx.accepter().vpcId())) {
            long active = call.world().peerings().stream()
                    .filter(p -> p.status() == Status.ACTIVE && connects(p, vpcId)).count();
            if (active >= call.settings().activePeeringsPerVpc()) {
                throw AwsServiceError.client("VpcPeeringConnectionLimitExceeded",
                        "The maximum number of active VPC peering connections has been reached for " + vpcId + ".");
            }
        }
        int polls = call.settings().provisioningPolls();
        if (polls > 0) {
            call.world().setPeeringStatus(pcx, Status.PROVISIONING, "Provisioning");
            pcx.scheduleTransition(Status.ACTIVE, "Active", polls - 1);
        } else {
            call.world().setPeeringStatus(pcx, Status.ACTIVE, "Active");
        }
        out.start("vpcPeeringConnection");
        PeeringXml.peering(out, pcx, call);
        out.end();
    }

    private static void reject(Ec2Call call, Xml out) {
        StoredPeeringConnection pcx = call.peering(call.params().required("VpcPeeringConnectionId"));
        if (!pcx.accepter().is(call.account(), call.region())) {
            throw Ec2Errors.notPermitted("User " + call.account() + " cannot reject peering " + pcx.id());
        }
        if (pcx.status() != Status.PENDING_ACCEPTANCE) {
            throw Ec2Errors.invalidTransition(pcx.id(), pcx.status().code(), Status.REJECTED.code());
        }
        call.world().setPeeringStatus(pcx, Status.REJECTED, "Rejected by " + call.account());
        out.value("return", true);
    }

    private static void delete(Ec2Call call, Xml out) {
        StoredPeeringConnection pcx = call.peering(call.params().required("VpcPeeringConnectionId"));
        boolean requester = pcx.requester().is(call.account(), call.region());
        boolean deletable = pcx.status() == Status.ACTIVE || pcx.status() == Status.PROVISIONING
                || pcx.status() == Status.PENDING_ACCEPTANCE;
        if (!deletable) {
            throw Ec2Errors.invalidTransition(pcx.id(), pcx.status().code(), Status.DELETED.code());
        }
        if (pcx.status() == Status.PENDING_ACCEPTANCE && !requester) {
            throw Ec2Errors.notPermitted("User " + call.account() + " cannot delete pending peering " + pcx.id()
                    + "; the accepter rejects it instead");
        }
        call.world().setPeeringStatus(pcx, Status.DELETED, "Deleted by " + call.account());
        out.value("return", true);
    }

    private static void modifyOptions(Ec2Call call, Xml out) {
        StoredPeeringConnection pcx = call.peering(call.params().required("VpcPeeringConnectionId"));
        Boolean requesterDns = call.params().optionalBool(
                "RequesterPeeringConnectionOptions.AllowDnsResolutionFromRemoteVpc");
        Boolean accepterDns = call.params().optionalBool(
                "AccepterPeeringConnectionOptions.AllowDnsResolutionFromRemoteVpc");
        if (requesterDns == null && accepterDns == null) {
            throw Ec2Errors.missing("RequesterPeeringConnectionOptions or AccepterPeeringConnectionOptions");
        }
        if (pcx.status() != Status.ACTIVE) {
            throw Ec2Errors.notPermitted("Peering " + pcx.id() + " is not active. Peering options can be added only "
                    + "to active peerings.");
        }
        if (requesterDns != null && !pcx.requester().is(call.account(), call.region())) {
            throw Ec2Errors.notPermitted("User " + call.account()
                    + " does not have permission to modify the requester side peering options");
        }
        if (accepterDns != null && !pcx.accepter().is(call.account(), call.region())) {
            throw Ec2Errors.notPermitted("User " + call.account()
                    + " does not have permission to modify the accepter side peering options");
        }
        if (requesterDns != null) {
            pcx.setRequesterAllowsDns(requesterDns);
            options(out, "requesterPeeringConnectionOptions", requesterDns);
        }
        if (accepterDns != null) {
            pcx.setAccepterAllowsDns(accepterDns);
            options(out, "accepterPeeringConnectionOptions", accepterDns);
        }
    }

    private static void options(Xml out, String name, boolean allowDns) {
        out.start(name).value("allowDnsResolutionFromRemoteVpc", allowDns)
                .value("allowEgressFromLocalClassicLinkToRemoteVpc", false)
                .value("allowEgressFromLocalVpcToRemoteClassicLink", false).end();
    }

    private static boolean connects(StoredPeeringConnection p, String vpcId) {
        return p.requester().vpcId().equals(vpcId) || p.accepter().vpcId().equals(vpcId);
    }

    private static boolean connects(StoredPeeringConnection p, String a, String b) {
        return p.requester().vpcId().equals(a) && p.accepter().vpcId().equals(b)
                || p.requester().vpcId().equals(b) && p.accepter().vpcId().equals(a);
    }

    private static boolean overlap(StoredVpc a, StoredVpc b) {
        return a.allCidrBlocks().stream().anyMatch(x -> b.allCidrBlocks().stream().anyMatch(y -> Cidrs.overlap(x, y)));
    }
}
