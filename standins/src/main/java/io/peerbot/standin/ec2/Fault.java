package io.peerbot.standin.ec2;

/** A failure the stand-in can inject into a call. */
public enum Fault {
    /** EC2's {@code RequestLimitExceeded} (HTTP 503); STS answers {@code Throttling} (HTTP 400). Nothing is changed. */
    THROTTLE,
    /** {@code InternalError} (HTTP 500). Nothing is changed. */
    INTERNAL_ERROR,
    /** {@code Unavailable} (HTTP 503). Nothing is changed. */
    UNAVAILABLE,
    /** The call takes effect, then {@code InternalError} (HTTP 500) is answered: a lost response. */
    INTERNAL_ERROR_AFTER_APPLY
}
