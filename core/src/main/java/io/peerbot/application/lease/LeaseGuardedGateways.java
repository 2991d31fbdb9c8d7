package io.peerbot.application.lease;

import io.peerbot.application.port.Caller;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.Ec2Gateways;
import io.peerbot.application.port.Ec2Writes;
import io.peerbot.domain.network.Location;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Optional;

/**
 * EC2 that refuses a write for a peering whose apply lease this replica held and lost: another replica may be
 * applying that change now, so this one stops before its next write rather than after, and a write answered only
 * once the lease was lost (the replica stalled in it) ends the apply there, as if it had failed unreported. The peering is the one
 * the write is made for ({@link Caller#pcxId()}), else the {@code pcx-…} the write names (e.g. a record's tags).
 * Reads, and writes for peerings this replica applies nothing on, pass as they are.
 */
public final class LeaseGuardedGateways implements Ec2Gateways {
    private final Ec2Gateways gateways;
    private final LeaseKeeper keeper;

    public LeaseGuardedGateways(Ec2Gateways gateways, LeaseKeeper keeper) {
        this.gateways = gateways;
        this.keeper = keeper;
    }

    @Override
    public Location home() {
        return gateways.home();
    }

    @Override
    public boolean foreign(String account) {
        return gateways.foreign(account);
    }

    @Override
    public Ec2Gateway at(Location location) {
        return guarded(gateways.at(location), Optional.empty());
    }

    @Override
    public Ec2Gateway at(Location location, Caller caller) {
        return guarded(gateways.at(location, caller), caller.pcxId());
    }

    private Ec2Gateway guarded(Ec2Gateway gateway, Optional<String> forPcx) {
        return (Ec2Gateway) Proxy.newProxyInstance(Ec2Gateway.class.getClassLoader(),
                new Class<?>[] {Ec2Gateway.class}, (proxy, method, args) -> {
                    if (method.getDeclaringClass() != Ec2Writes.class) {
                        return call(gateway, method, args);
                    }
                    Optional<String> pcx = forPcx.or(() -> named(args));
                    Optional<String> key = pcx.map(LeaseKeys::apply);
                    key.ifPresent(keeper::refuseIfLost);
                    Object answer = call(gateway, method, args);
                    // a write answered only after the lease was lost (the replica stalled): stop here, report nothing
                    key.ifPresent(keeper::refuseIfLost);
                    return answer;
                });
    }

    private static Optional<String> named(Object[] args) {
        if (args != null) {
            for (Object arg : args) {
                if (arg instanceof String text && text.startsWith("pcx-")) {
                    return Optional.of(text);
                }
            }
        }
        return Optional.empty();
    }

    private static Object call(Ec2Gateway gateway, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(gateway, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
