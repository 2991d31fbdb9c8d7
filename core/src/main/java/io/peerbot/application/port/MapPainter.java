package io.peerbot.application.port;

import io.peerbot.domain.map.MapView;

/** Draws a map of VPCs and peerings as a picture. */
public interface MapPainter {
    MapPicture paint(MapView view);
}
