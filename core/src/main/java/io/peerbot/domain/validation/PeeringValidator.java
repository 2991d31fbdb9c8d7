package io.peerbot.domain.validation;

import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Subnet;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.lifecycle.ThreadLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks a peering before anything is created (SPEC §4): distinct VPCs, no overlapping blocks (all
 * IPv4 and IPv6 associations), no live peering between them, quotas, no route conflicting with the
 * plan, and no traffic moved off an existing path unless {@code --override-routes}. Returns every problem
 * found; empty means it may go ahead.
 *
 * @param existing the peering connections of either VPC, in any state
 */
public final class PeeringValidator {
    private final Quotas requesterQuotas;
    private final Quotas accepterQuotas;

    public PeeringValidator(Quotas quotas) {
        this(quotas, quotas);
    }

    /** Each side checked against the quotas applied in its own account and region. */
    public PeeringValidator(Quotas requesterQuotas, Quotas accepterQuotas) {
        this.requesterQuotas = requesterQuotas;
        this.accepterQuotas = accepterQuotas;
    }

    /**
     * As {@link #validate(VpcSnapshot, VpcSnapshot, List, List, Plan)}, counting the requester account's outstanding
     * requests among {@code existing} only.
     */
    public List<Rejection> validate(VpcSnapshot requester, VpcSnapshot accepter, List<PeeringConnection> existing,
                                    Plan plan) {
        List<PeeringConnection> madeByRequesterAccount = existing.stream()
                .filter(p -> p.requester().location().equals(requester.location())).toList();
        return validate(requester, accepter, existing, madeByRequesterAccount, plan);
    }

    /**
     * @param outstandingMade the requests the requester's account has made in its region that await acceptance
     */
    public List<Rejection> validate(VpcSnapshot requester, VpcSnapshot accepter, List<PeeringConnection> existing,
                                    List<PeeringConnection> outstandingMade, Plan plan) {
        if (requester.id().equals(accepter.id())) {
            return List.of(new Rejection.SameVpc(requester.displayName()));
        }
        List<PeeringConnection> peerings = distinct(existing);
        List<Rejection> rejections = new ArrayList<>();
        Optional<Rejection> overlap = overlaps(requester, accepter);
        overlap.ifPresent(rejections::add);
        peerings.stream().filter(p -> p.connects(requester.id(), accepter.id()) && p.status().live())
                .map(p -> new Rejection.ExistingPeering(p.id(), p.status(), ThreadLink.of(p).orElse(null)))
                .forEach(rejections::add);
        unknownSubnets(requester, accepter, plan.options().subnets()).ifPresent(rejections::add);
        rejections.addAll(TargetCheck.of(requester, accepter, plan.options().targets()));
        QuotaCheck requesterCheck = new QuotaCheck(requesterQuotas);
        QuotaCheck accepterCheck = new QuotaCheck(accepterQuotas);
        rejections.addAll(requesterCheck.activePeerings(requester.id(), peerings));
        rejections.addAll(accepterCheck.activePeerings(accepter.id(), peerings));
        rejections.addAll(requesterCheck.outstandingRequests(requester.location().account(), outstandingMade));
        rejections.addAll(requesterCheck.routes(requester, plan.requester()));
        rejections.addAll(accepterCheck.routes(accepter, plan.accepter()));
        rejections.addAll(requesterCheck.rules(requester, plan.requester()));
        rejections.addAll(accepterCheck.rules(accepter, plan.accepter()));
        if (overlap.isEmpty()) {
            // with overlapping blocks, routes to the peer clash with the local routes: the overlap says it all
            rejections.addAll(RouteConflicts.of(requester, plan.requester()));
            rejections.addAll(RouteConflicts.of(accepter, plan.accepter()));
        }
        if (!plan.options().overrideRoutes()) {
            rejections.addAll(PathsLeft.of(requester, plan.requester()));
            rejections.addAll(PathsLeft.of(accepter, plan.accepter()));
        }
        return rejections;
    }

    /**
     * Whether one more request from {@code requester}'s account and region stays within its outstanding-requests
     * quota, given the requests it has made there that await acceptance ({@code outstandingMade}).
     */
    public List<Rejection> outstandingRequests(VpcSnapshot requester, List<PeeringConnection> outstandingMade) {
        return outstandingRequests(requester, outstandingMade, 0);
    }

    /**
     * As {@link #outstandingRequests(VpcSnapshot, List)}, with {@code unseen} more requests counted: made, and not
     * shown by EC2 yet.
     */
    public List<Rejection> outstandingRequests(VpcSnapshot requester, List<PeeringConnection> outstandingMade,
                                               int unseen) {
        return new QuotaCheck(requesterQuotas).outstandingRequests(requester.location().account(), outstandingMade,
                unseen);
    }

    private static Optional<Rejection> overlaps(VpcSnapshot requester, VpcSnapshot accepter) {
        List<Cidr[]> pairs = new ArrayList<>();
        for (Cidr mine : requester.cidrBlocks()) {
            for (Cidr theirs : accepter.cidrBlocks()) {
                if (mine.overlaps(theirs)) {
                    pairs.add(new Cidr[] {mine, theirs});
                }
            }
        }
        return pairs.isEmpty() ? Optional.empty()
                : Optional.of(new Rejection.OverlappingCidrs(label(requester), label(accepter), pairs));
    }

    private static Optional<Rejection> unknownSubnets(VpcSnapshot requester, VpcSnapshot accepter,
                                                                List<String> listed) {
        List<String> known = Stream.concat(requester.subnets().stream(), accepter.subnets().stream())
                .map(Subnet::id).toList();
        List<String> unknown = listed.stream().filter(id -> !known.contains(id)).toList();
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of(new Rejection.UnknownSubnets(unknown));
    }

    /** The same connection may come in the lists of both VPCs. */
    private static List<PeeringConnection> distinct(List<PeeringConnection> existing) {
        Map<String, PeeringConnection> byId = new LinkedHashMap<>();
        existing.forEach(p -> byId.putIfAbsent(p.id(), p));
        return List.copyOf(byId.values());
    }

    private static String label(VpcSnapshot vpc) {
        return vpc.name().orElse(vpc.id());
    }
}
