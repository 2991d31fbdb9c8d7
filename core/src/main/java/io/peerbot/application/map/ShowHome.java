package io.peerbot.application.map;

import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.HomeTab;
import io.peerbot.application.port.MapPainter;
import io.peerbot.application.port.MapPicture;
import io.peerbot.application.port.in.HomeTabUseCase;
import io.peerbot.domain.map.MapView;
import io.peerbot.domain.map.MapVpc;
import io.peerbot.domain.map.NetworkMap;
import java.util.List;
import java.util.Optional;

/**
 * The bot's Home tab, published for whoever opens it: the picture of the whole network (when it fits in one) and,
 * for each VPC they own, what it reaches directly and where they might assume a path through a hub.
 */
public final class ShowHome implements HomeTabUseCase {
    /** Enough of one's own VPCs to be useful, few enough for the tab's 100 blocks. */
    static final int MAX_OWNED = 20;

    private final NetworkReader reader;
    private final MapPainter painter;
    private final ChatPort chat;

    public ShowHome(NetworkReader reader, MapPainter painter, ChatPort chat) {
        this.reader = reader;
        this.painter = painter;
        this.chat = chat;
    }

    @Override
    public void opened(String userId) {
        NetworkMap network = reader.read();
        MapView everything = network.everything();
        boolean fits = !everything.vpcs().isEmpty() && everything.vpcs().size() <= ShowMap.MAX_VPCS;
        Optional<MapPicture> picture = fits ? Optional.of(painter.paint(everything)) : Optional.empty();
        List<MapVpc> owned = network.ownedBy(userId);
        List<MapView> around = owned.stream().limit(MAX_OWNED).map(v -> network.around(v.id())).toList();
        chat.publishHome(new HomeTab(userId, picture, everything, everything.vpcs().size(), around,
                owned.size() - around.size()));
    }
}
