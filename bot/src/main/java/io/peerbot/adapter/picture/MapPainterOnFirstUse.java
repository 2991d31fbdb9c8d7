package io.peerbot.adapter.picture;

import io.peerbot.application.port.MapPainter;
import io.peerbot.application.port.MapPicture;
import io.peerbot.domain.map.MapView;

/**
 * A {@link Java2dMapPainter} made when the first map is drawn, so that Java2D, its fonts and JGraphT are neither
 * loaded nor kept in memory by a bot that has not drawn one yet (they are not needed to start).
 */
public final class MapPainterOnFirstUse implements MapPainter {
    private volatile MapPainter painter;

    @Override
    public MapPicture paint(MapView view) {
        MapPainter made = painter;
        if (made == null) {
            synchronized (this) {
                if (painter == null) {
                    painter = new Java2dMapPainter();
                }
                made = painter;
            }
        }
        return made.paint(view);
    }
}
