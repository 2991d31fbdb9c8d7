package io.peerbot.application.watch;

import io.peerbot.application.lifecycle.OwnerLookup;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Scheduler;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.expiry.PendingRequests;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Peer phishing: looks for peering requests awaiting acceptance by a VPC in the bot's own or a watched location
 * that peerbot did not make, and reports each once, with who asks and whether that account is one of the
 * organisation's, and a Reject button for the target VPC's owners ({@link RejectForeignRequest}). It only reads;
 * it never accepts such a request.
 *
 * <p>What was reported is read back from the alert channel's last week (AWS drops a request after 7 days) on the
 * first look, so a restart does not report a request again.
 */
public final class ForeignRequestWatch {
    private static final Logger log = LoggerFactory.getLogger(ForeignRequestWatch.class);

    private final Ec2Gateways gateways;
    private final ManagedPeerings peerings;
    private final OwnerLookup owners;
    private final ChatPort chat;
    private final Optional<String> alertChannel;
    private final List<Location> watched;
    private static final Pattern PCX = Pattern.compile("pcx-[0-9a-f]{8,17}");

    private final Set<String> reported = ConcurrentHashMap.newKeySet();
    private final Clock clock;
    private volatile boolean recalled;

    /**
     * @param alertChannel where reports go; empty: a warning in the log
     * @param watched      the other locations to look in besides the bot's own ({@code PEERBOT_WATCH})
     */
    public ForeignRequestWatch(Ec2Gateways gateways, ManagedPeerings peerings, OwnerLookup owners, ChatPort chat,
                               Optional<String> alertChannel, List<Location> watched) {
        this(gateways, peerings, owners, chat, alertChannel, watched, Clock.systemUTC());
    }

    public ForeignRequestWatch(Ec2Gateways gateways, ManagedPeerings peerings, OwnerLookup owners, ChatPort chat,
                               Optional<String> alertChannel, List<Location> watched, Clock clock) {
        this.clock = clock;
        this.gateways = gateways;
        this.peerings = peerings;
        this.owners = owners;
        this.chat = chat;
        this.alertChannel = alertChannel;
        this.watched = List.copyOf(watched);
    }

    /** Looks now and then every {@code interval}, on the scheduler's own thread. */
    public void startOn(Scheduler scheduler, Duration interval) {
        scheduler.every(interval, this::scan);
    }

    /**
     * Another replica ran the watch until now: what it reported is read back from the alert channel again before
     * the next look.
     */
    public void takenOver() {
        recalled = false;
    }

    /** One look in every location; returns the requests reported by this look. */
    public List<PcxId> scan() {
        recallReported();
        List<PcxId> reportedNow = new ArrayList<>();
        for (Location location : locations()) {
            List<PeeringConnection> pending;
            try {
                pending = gateways.at(location).pendingRequestsInto();
            } catch (CloudException e) {
                log.warn("could not list the peering requests awaiting acceptance in {}: {}", location,
                        e.getMessage());
                continue;
            }
            for (PeeringConnection request : pending) {
                if (!reported.contains(request.id()) && notMadeByPeerbot(request, location)
                        && report(request, location)) {
                    reported.add(request.id());
                    reportedNow.add(PcxId.of(request.id()));
                }
            }
        }
        return reportedNow;
    }

    /** Once: the requests the alert channel already names, in messages of the last week. */
    private void recallReported() {
        if (recalled || alertChannel.isEmpty()) {
            return;
        }
        for (String text : chat.postedSince(alertChannel.get(), clock.instant().minus(PendingRequests.AWS_KEEPS_REQUESTS))) {
            Matcher m = PCX.matcher(text);
            while (m.find()) {
                reported.add(m.group());
            }
        }
        recalled = true;
    }

    private List<Location> locations() {
        Set<Location> all = new LinkedHashSet<>();
        all.add(gateways.home());
        all.addAll(watched);
        return List.copyOf(all);
    }

    /**
     * peerbot's record lives in the requester's account, the only place it can be read. A requester outside the
     * organisation is never one of peerbot's, and is not reached at all. A record that does not verify proves
     * nothing, so its request is reported like anyone else's; so is one never saved, whose record is not bound to
     * its connection (it may have been copied from another request between the same VPCs).
     */
    boolean notMadeByPeerbot(PeeringConnection request, Location seenFrom) {
        Location requester = request.requester().location();
        if (gateways.foreign(requester.account())) {
            return true;
        }
        try {
            Optional<PeeringConnection> requesterView = requester.equals(seenFrom)
                    ? Optional.of(request) : gateways.at(requester).peering(request.id());
            return requesterView.map(peerings::recordOf).filter(record -> record instanceof ManagedPeerings.Found)
                    .isEmpty();
        } catch (CloudException e) {
            log.warn("could not read peering request {} in the requester's account {}, so cannot tell whether "
                    + "peerbot made it; looking again next time: {}", request.id(), requester, e.getMessage());
            return false;
        }
    }

    private boolean report(PeeringConnection request, Location location) {
        boolean inside = !gateways.foreign(request.requester().location().account());
        String vpcId = request.accepter().vpcId();
        Optional<VpcSummary> target = targetVpc(vpcId, location);
        Owners targetOwners = target.map(v -> owners.ownersOf(vpcId, location, v.tags())).orElse(Owners.none());
        String targetName = target.map(VpcSummary::displayName).orElse(vpcId);
        if (alertChannel.isEmpty()) {
            log.warn("peering request {} into VPC {} in {} from account {} ({} the organisation) was not made by "
                            + "peerbot; peerbot does not accept it (PEERBOT_ALERT_CHANNEL is not set, so only this "
                            + "line reports it)", request.id(), targetName, location,
                    request.requester().location().account(), inside ? "inside" : "outside");
            return true;
        }
        try {
            chat.post(alertChannel.get(), new Notice.ForeignPeeringRequest(request, inside, targetName,
                    targetOwners));
            return true;
        } catch (RuntimeException e) {
            log.warn("could not report peering request {} in {}; trying again next time: {}", request.id(),
                    alertChannel.get(), e.getMessage());
            return false;
        }
    }

    Optional<VpcSummary> targetVpc(String vpcId, Location location) {
        try {
            return gateways.at(location).findVpcs(vpcId).stream().filter(v -> v.id().equals(vpcId)).findFirst();
        } catch (CloudException e) {
            log.warn("could not read VPC {} in {}: {}", vpcId, location, e.getMessage());
            return Optional.empty();
        }
    }
}
