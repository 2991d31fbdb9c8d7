package io.peerbot.application.usecase;

import io.peerbot.application.engine.VpcResolver;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.command.TypedCommand;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.plan.PeerbotRules;
import io.peerbot.domain.lifecycle.ManagedPeering;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code /peer list} and {@code /peer status}: read-only views, answered privately. */
public final class Inspect {
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
        String scope;
        if (command.vpc().isPresent()) {
            VpcResolver.Resolution resolution = resolver.resolve(command.vpc().get());
            if (resolution instanceof VpcResolver.NotFound notFound) {
                Conversation.refuse(chat, actor, notFound.reason());
                return;
            }
            VpcSummary vpc = ((VpcResolver.Found) resolution).vpc();
            peerings = gateways.at(vpc.location()).peeringsOf(vpc.id());
            scope = vpc.displayName();
        } else {
            Map<String, PeeringConnection> byId = new LinkedHashMap<>();
            for (Location location : finder.locations()) {
                gateways.at(location).managedPeerings().forEach(p -> byId.putIfAbsent(p.id(), p));
            }
            peerings = new ArrayList<>(byId.values());
            scope = "peerbot";
        }
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.Text(listing(scope, peerings)));
    }

    private String listing(String scope, List<PeeringConnection> peerings) {
        if (peerings.isEmpty()) {
            return "No peerings for " + scope + ".";
        }
        StringBuilder text = new StringBuilder("*Peerings of " + scope + "* (" + peerings.size() + ")\n");
        peerings.stream().sorted(Comparator.comparing(PeeringConnection::id)).limit(MAX_LISTED)
                .forEach(p -> text.append(line(p)).append('\n'));
        if (peerings.size() > MAX_LISTED) {
            text.append("… and ").append(peerings.size() - MAX_LISTED).append(" more. Name a VPC to narrow: `/peer list <vpc>`");
        }
        return text.toString().strip();
    }

    private String line(PeeringConnection p) {
        Optional<ManagedPeering> request = finder.managed(p);
        String thread = request.map(r -> " · " + link(r, "thread")).orElse(" · not made by peerbot");
        return "• `" + p.id() + "` `" + p.requester().vpcId() + "` ↔ `" + p.accepter().vpcId() + "` — "
                + p.status().code() + request.map(r -> ", request " + r.stage().tag()).orElse("") + thread;
    }

    public void status(Actor actor, TypedCommand.Status command) {
        Optional<PeeringConnection> peering = finder.peering(command.pcxId());
        if (peering.isEmpty()) {
            Conversation.tell(chat, actor, "I find no peering `" + command.pcxId() + "` in "
                    + finder.locations() + ". Check the id, or `/peer list` for mine.");
            return;
        }
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.Text(status(peering.get())));
    }

    private String status(PeeringConnection p) {
        StringBuilder text = new StringBuilder("*`" + p.id() + "`* — " + p.status().code());
        if (p.statusMessage() != null && !p.statusMessage().isBlank()) {
            text.append(" (").append(p.statusMessage()).append(')');
        }
        Optional<ManagedPeering> request = finder.managed(p);
        request.ifPresent(r -> text.append("\nRequest: ").append(r.stage().tag()).append(", asked by <@")
                .append(r.requestedBy()).append(">, ports ").append(r.portsInForce()).append(" · ")
                .append(link(r, "thread")));
        request.flatMap(ManagedPeering::lastChange).ifPresent(c -> text.append("\nLatest change: `/peer ")
                .append(c.describe()).append("` asked by <@").append(c.requestedBy()).append(">, ")
                .append(c.state().tag()).append(c.deniedBy() == null ? "" : " by <@" + c.deniedBy() + ">"));
        for (PeeringSide side : List.of(p.requester(), p.accepter())) {
            text.append("\n\n*").append(side == p.requester() ? "Requester" : "Accepter").append("* `")
                    .append(side.vpcId()).append("` (").append(side.location()).append(")");
            if (p.status().live()) {
                describeSide(text, side, p.id());
            }
        }
        Optional.ofNullable(p.tags().get("peerbot:last-test"))
                .ifPresent(t -> text.append("\n\nLast test: ").append(t));
        return text.toString();
    }

    private void describeSide(StringBuilder text, PeeringSide side, String pcxId) {
        VpcSnapshot vpc;
        try {
            vpc = gateways.at(side.location()).snapshot(side.vpcId());
        } catch (RuntimeException e) {
            text.append("\n  cannot read this side: ").append(e.getMessage());
            return;
        }
        List<String> routes = new ArrayList<>();
        vpc.routeTables().forEach(t -> t.routes().stream().filter(r -> r.via(pcxId)).forEach(r ->
                routes.add("`" + t.id() + "`: `" + r.destination() + "`" + (r.blackhole() ? " (blackhole)" : ""))));
        List<String> rules = new ArrayList<>();
        vpc.securityGroups().forEach(g -> g.ingress().stream()
                .filter(r -> PeerbotRules.madeFor(r, pcxId))
                .forEach(r -> rules.add("`" + g.id() + "`: " + r.ports() + " from `" + r.cidr() + "` (`"
                        + r.ruleId() + "`)")));
        text.append("\n  routes: ").append(routes.isEmpty() ? "none" : String.join(", ", routes));
        text.append("\n  rules: ").append(rules.isEmpty() ? "none" : String.join(", ", rules));
    }

    private String link(ManagedPeering request, String label) {
        if (!request.hasThread()) {
            return "no thread";
        }
        String url = chat.permalink(request.thread());
        return url.isEmpty() ? label + " in <#" + request.thread().channel() + ">" : "<" + url + "|" + label + ">";
    }
}
