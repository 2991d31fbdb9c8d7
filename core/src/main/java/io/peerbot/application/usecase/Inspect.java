package io.peerbot.application.usecase;

import io.peerbot.application.engine.VpcResolver;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Notice.PeeringDetails;
import io.peerbot.application.port.Notice.PeeringDetails.SideResources;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.command.TypedCommand;
import io.peerbot.domain.connectivity.TestSummary;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.plan.PeerbotRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /peer list} and {@code /peer status}: read-only views, answered privately. */
public final class Inspect {
    private static final Logger log = LoggerFactory.getLogger(Inspect.class);
    static final int MAX_LISTED = 25;

    private final Ec2Gateways gateways;
    private final VpcResolver resolver;
    private final PeeringFinder finder;
    private final ChatPort chat;

    public Inspect(Ec2Gateways gateways, PeeringFinder finder, ChatPort chat) {
        this.gateways = gateways;
        this.resolver = new VpcResolver(gateways, List.copyOf(finder.locations()));
        this.finder = finder;
        this.chat = chat;
    }

    public void list(Actor actor, TypedCommand.ListPeerings command) {
        List<PeeringConnection> peerings;
        Optional<String> vpcName = Optional.empty();
        if (command.vpc().isPresent()) {
            VpcResolver.Resolution resolution = resolver.resolve(command.vpc().get());
            if (resolution instanceof VpcResolver.NotFound notFound) {
                Conversation.refuse(chat, actor, notFound.reason());
                return;
            }
            VpcSummary vpc = ((VpcResolver.Found) resolution).vpc();
            peerings = gateways.at(vpc.location()).peeringsOf(vpc.id());
            vpcName = Optional.of(vpc.displayName());
        } else {
            Map<String, PeeringConnection> byId = new LinkedHashMap<>();
            for (Location location : finder.locations()) {
                gateways.at(location).managedPeerings().forEach(p -> byId.putIfAbsent(p.id(), p));
            }
            peerings = new ArrayList<>(byId.values());
        }
        List<Notice.PeeringList.Listed> shown = peerings.stream().sorted(Comparator.comparing(PeeringConnection::id))
                .limit(MAX_LISTED).map(this::listed).toList();
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.PeeringList(vpcName, shown, peerings.size()));
    }

    private Notice.PeeringList.Listed listed(PeeringConnection peering) {
        ManagedPeerings.Lookup record = finder.recordOf(peering);
        return new Notice.PeeringList.Listed(peering, record, thread(record));
    }

    public void status(Actor actor, TypedCommand.Status command) {
        Optional<PeeringConnection> peering = finder.peering(command.pcxId());
        if (peering.isEmpty()) {
            chat.tellPrivately(actor.channel(), actor.userId(),
                    new Notice.UnknownPeering(command.pcxId(), List.copyOf(finder.locations())));
            return;
        }
        chat.tellPrivately(actor.channel(), actor.userId(), details(peering.get()));
    }

    private Notice.PeeringDetails details(PeeringConnection p) {
        ManagedPeerings.Lookup record = finder.recordOf(p);
        if (!p.status().live()) {
            return new Notice.PeeringDetails(p, record, thread(record), new SideResources.NotLive(),
                    new SideResources.NotLive(), Optional.ofNullable(p.tags().get(TestSummary.TAG)));
        }
        List<SideResources> sides = resources(p);
        return new Notice.PeeringDetails(p, record, thread(record), sides.get(0), sides.get(1),
                Optional.ofNullable(p.tags().get(TestSummary.TAG)));
    }

    /**
     * Both sides' resources: read together when both VPCs are in one account and region (one describe per kind
     * for the two); each on its own otherwise, or when that read fails, so one side unreadable leaves the other.
     */
    private List<SideResources> resources(PeeringConnection p) {
        PeeringSide requester = p.requester();
        PeeringSide accepter = p.accepter();
        if (requester.location().equals(accepter.location())) {
            try {
                List<VpcSnapshot> both = gateways.at(requester.location())
                        .snapshots(List.of(requester.vpcId(), accepter.vpcId()));
                return List.of(resources(p, both.get(0)), resources(p, both.get(1)));
            } catch (RuntimeException e) {
                log.debug("reading both VPCs of {} together failed; reading each: {}", p.id(), e.getMessage());
            }
        }
        return List.of(resources(p, requester), resources(p, accepter));
    }

    private SideResources resources(PeeringConnection p, PeeringSide side) {
        try {
            return resources(p, gateways.at(side.location()).snapshot(side.vpcId()));
        } catch (RuntimeException e) {
            return new SideResources.Unreadable(e.getMessage());
        }
    }

    /** The routes through the peering and the rules peerbot made for it, as one side has them now. */
    private static SideResources resources(PeeringConnection p, VpcSnapshot vpc) {
        List<PeeringDetails.TableRoute> routes = new ArrayList<>();
        vpc.routeTables().forEach(t -> t.routes().stream().filter(r -> r.via(p.id()))
                .forEach(r -> routes.add(new PeeringDetails.TableRoute(t.id(), r))));
        List<PeeringDetails.GroupRule> rules = new ArrayList<>();
        vpc.securityGroups().forEach(g -> g.ingress().stream().filter(r -> PeerbotRules.madeFor(r, p.id()))
                .forEach(r -> rules.add(new PeeringDetails.GroupRule(g.id(), r))));
        return new SideResources.Read(routes, rules);
    }

    /** The thread a record names: a verified one's, an untrusted one's as a sealed copy names it, or a card. */
    private Optional<Notice.ThreadAt> thread(ManagedPeerings.Lookup record) {
        Optional<MessageRef> thread = Optional.empty();
        if (record instanceof ManagedPeerings.Found found && found.peering().hasThread()) {
            thread = Optional.of(found.peering().thread());
        } else if (record instanceof ManagedPeerings.Untrusted untrusted) {
            thread = untrusted.thread();
        } else if (record instanceof ManagedPeerings.Unsaved unsaved) {
            thread = unsaved.card();
        }
        return thread.map(ref -> new Notice.ThreadAt(ref.channel(), chat.permalink(ref)));
    }
}
