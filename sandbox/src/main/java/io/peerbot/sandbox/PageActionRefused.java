package io.peerbot.sandbox;

/** Why the page could not type or click for someone; {@code status} is the HTTP status to answer with. */
final class PageActionRefused extends RuntimeException {
    private final int status;

    PageActionRefused(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
