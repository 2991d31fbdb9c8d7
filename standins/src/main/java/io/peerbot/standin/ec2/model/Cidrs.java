package io.peerbot.standin.ec2.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.util.Optional;

/** CIDR parsing and comparison for IPv4 and IPv6 blocks. */
public final class Cidrs {
    private Cidrs() {
    }

    /** The block in canonical form (network address, compressed IPv6), or empty if {@code text} is no CIDR. */
    public static Optional<IPAddress> parse(String text) {
        if (text == null || !text.contains("/")) {
            return Optional.empty();
        }
        IPAddress address = new IPAddressString(text.trim()).getAddress();
        if (address == null || address.getNetworkPrefixLength() == null) {
            return Optional.empty();
        }
        return Optional.of(address.toPrefixBlock());
    }

    public static boolean isIpv4(String cidr) {
        return parse(cidr).map(IPAddress::isIPv4).orElse(false);
    }

    public static boolean isIpv6(String cidr) {
        return parse(cidr).map(IPAddress::isIPv6).orElse(false);
    }

    /** The canonical text of a block, e.g. {@code 10.0.0.0/16}; throws if not a CIDR. */
    public static String canonical(String cidr) {
        return parse(cidr).map(IPAddress::toCompressedString)
                .orElseThrow(() -> new IllegalArgumentException("not a CIDR block: " + cidr));
    }

    public static boolean overlap(String a, String b) {
        Optional<IPAddress> x = parse(a);
        Optional<IPAddress> y = parse(b);
        return x.isPresent() && y.isPresent() && x.get().getIPVersion() == y.get().getIPVersion()
                && x.get().overlaps(y.get());
    }

    /** Whether {@code outer} contains the block or address {@code inner}. */
    public static boolean contains(String outer, String inner) {
        Optional<IPAddress> x = parse(outer);
        IPAddress y = new IPAddressString(inner).getAddress();
        return x.isPresent() && y != null && x.get().getIPVersion() == y.getIPVersion() && x.get().contains(y);
    }
}
