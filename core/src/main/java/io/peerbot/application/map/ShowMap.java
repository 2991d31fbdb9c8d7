package io.peerbot.application.map;

import io.peerbot.application.engine.VpcResolver;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.MapPainter;
import io.peerbot.application.port.MapPicture;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Notice.MapNotDrawn.Why;
import io.peerbot.application.port.SharedFile;
import io.peerbot.application.usecase.Conversation;
import io.peerbot.domain.map.MapScope;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.map.NetworkMap;
import io.peerbot.domain.network.VpcSummary;
import io.peerbot.domain.validation.Rejection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /peer map [vpc|account]}: reads the network once, draws the part asked for and shares the picture in the
 * channel, with what it shows in words next to it. A VPC or account it cannot show, or a part too large for one
 * picture, is answered privately and nothing is shared.
 */
public final class ShowMap {
    /** A few hundred VPCs still make a readable picture; more would be a blur of lines. */
    public static final int MAX_VPCS = 400;
    static final String FILENAME = "peerbot-map.png";

    private final NetworkReader reader;
    private final Ec2Gateways gateways;
    private final MapPainter painter;
    private final ChatPort chat;

    public ShowMap(NetworkReader reader, Ec2Gateways gateways, MapPainter painter, ChatPort chat) {
        this.reader = reader;
        this.gateways = gateways;
        this.painter = painter;
        this.chat = chat;
    }

    public void show(Actor actor, MapScope scope) {
        Optional<String> foreign = accountNamed(scope).filter(gateways::foreign);
        if (foreign.isPresent()) {
            Conversation.refuse(chat, actor, new Rejection.AccountNotAllowed(asked(scope), foreign.get()));
            return;
        }
        NetworkMap network = reader.read();
        if (network.vpcs().stream().noneMatch(MapVpc::seen)) {
            notDrawn(actor, Why.NO_VPCS, scope, 0);
            return;
        }
        Optional<MapView> view = view(actor, network, scope);
        if (view.isEmpty()) {
            return;
        }
        if (view.get().vpcs().size() > MAX_VPCS) {
            notDrawn(actor, Why.TOO_MANY, scope, view.get().vpcs().size());
            return;
        }
        MapPicture picture = painter.paint(view.get());
        chat.share(SharedFile.inChannel(actor.channel(), FILENAME, "Network map: " + asked(scope), picture.png()));
        chat.post(actor.channel(), new Notice.MapShown(view.get(), actor.userId()));
    }

    private Optional<MapView> view(Actor actor, NetworkMap network, MapScope scope) {
        if (scope instanceof MapScope.OfAccount account) {
            if (!network.hasAccount(account.account())) {
                notDrawn(actor, Why.UNKNOWN_ACCOUNT, scope, 0);
                return Optional.empty();
            }
            return Optional.of(network.ofAccount(account.account()));
        }
        if (scope instanceof MapScope.OfVpc of) {
            List<MapVpc> matches = network.find(of.vpc());
            if (matches.size() == 1) {
                return Optional.of(network.around(matches.get(0).id()));
            }
            List<VpcSummary> listed = network.vpcs().stream().filter(MapVpc::seen).map(ShowMap::summary).toList();
            Conversation.refuse(chat, actor, matches.isEmpty()
                    ? new Rejection.UnknownVpc(of.vpc().toString(), VpcResolver.candidates(listed, of.vpc().nameOrId()))
                    : new Rejection.AmbiguousVpc(of.vpc().toString(), matches.stream().map(ShowMap::summary).toList()));
            return Optional.empty();
        }
        return Optional.of(network.everything());
    }

    private void notDrawn(Actor actor, Why why, MapScope scope, int vpcs) {
        Conversation.tell(chat, actor, new Notice.MapNotDrawn(why, asked(scope), vpcs, MAX_VPCS, reader.locations()));
    }

    private static Optional<String> accountNamed(MapScope scope) {
        if (scope instanceof MapScope.OfAccount account) {
            return Optional.of(account.account());
        }
        if (scope instanceof MapScope.OfVpc of) {
            return of.vpc().account();
        }
        return Optional.empty();
    }

    static String asked(MapScope scope) {
        if (scope instanceof MapScope.OfAccount account) {
            return account.account();
        }
        if (scope instanceof MapScope.OfVpc of) {
            return of.vpc().toString();
        }
        return "everything";
    }

    private static VpcSummary summary(MapVpc vpc) {
        return new VpcSummary(vpc.id(), vpc.location(), vpc.name().map(n -> Map.of("Name", n)).orElse(Map.of()),
                vpc.cidrBlocks());
    }
}
