package io.peerbot.domain.network;

/**
 * One route of a route table. {@code target} is the gateway the traffic goes to:
 * {@code local}, {@code igw-…}, {@code pcx-…} and so on. {@code propagated}: put there by route propagation
 * (a virtual private gateway), not by a person; a static route to the same destination wins over it.
 */
public record Route(Cidr destination, String target, boolean blackhole, boolean propagated) {

    /** A static route. */
    public Route(Cidr destination, String target, boolean blackhole) {
        this(destination, target, blackhole, false);
    }

    public boolean via(String targetId) {
        return target.equals(targetId);
    }

    public boolean local() {
        return "local".equals(target);
    }
}
