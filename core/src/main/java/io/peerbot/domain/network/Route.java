package io.peerbot.domain.network;

/**
 * One route of a route table. {@code target} is the gateway the traffic goes to:
 * {@code local}, {@code igw-…}, {@code pcx-…} and so on.
 */
public record Route(Cidr destination, String target, boolean blackhole) {
    public boolean via(String targetId) {
        return target.equals(targetId);
    }
}
