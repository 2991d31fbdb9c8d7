package io.peerbot.standin.ec2;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which IAM actions each account's principals may not perform. Everything is allowed unless denied.
 * A denied EC2 action answers {@code UnauthorizedOperation} (also under DryRun); a denied STS action
 * {@code AccessDenied}.
 */
public final class Permissions {
    private final Map<String, Set<String>> denied = new HashMap<>();

    /** Denies an IAM action such as {@code "ec2:CreateRoute"}, or every action of a service with {@code "ec2:*"}. */
    public synchronized Permissions deny(String account, String iamAction) {
        denied.computeIfAbsent(account, a -> new HashSet<>()).add(iamAction);
        return this;
    }

    /** Undoes {@link #deny}. */
    public synchronized Permissions allow(String account, String iamAction) {
        denied.getOrDefault(account, Set.of()).remove(iamAction);
        return this;
    }

    public synchronized boolean isDenied(String account, String iamAction) {
        Set<String> set = denied.getOrDefault(account, Set.of());
        String service = iamAction.substring(0, iamAction.indexOf(':') + 1);
        return set.contains(iamAction) || set.contains(service + "*");
    }
}
