package io.peerbot.domain.network;

import java.util.regex.Pattern;

/** The forms of EC2 resource ids: a prefix and 8 (older) or 17 hex digits, lower case. */
public final class ResourceIds {
    public static final Pattern VPC = id("vpc");
    public static final Pattern SUBNET = id("subnet");
    public static final Pattern PCX = id("pcx");
    public static final Pattern SECURITY_GROUP = id("sg");

    private ResourceIds() {
    }

    /** Longer form first, so that {@code find()} inside a text takes the whole id. */
    private static Pattern id(String prefix) {
        return Pattern.compile(prefix + "-(?:[0-9a-f]{17}|[0-9a-f]{8})(?![0-9a-f])");
    }
}
