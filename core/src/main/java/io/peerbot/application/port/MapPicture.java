package io.peerbot.application.port;

/** A drawn map: PNG bytes and the picture's size in pixels. */
public record MapPicture(byte[] png, int width, int height) {
    public MapPicture {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }
}
