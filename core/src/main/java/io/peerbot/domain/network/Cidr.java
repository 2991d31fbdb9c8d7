package io.peerbot.domain.network;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * An IPv4 or IPv6 CIDR block such as {@code 10.0.0.0/16} or {@code 2600:1f18:abcd:1200::/56}.
 * Two blocks are equal when they denote the same network, whatever their spelling. Blocks sort IPv4
 * first, then by address, then by prefix length.
 */
public final class Cidr implements Comparable<Cidr> {
    private final IPAddress block;

    private Cidr(IPAddress block) {
        this.block = block;
    }

    /** @throws IllegalArgumentException naming the text when it is not a CIDR block */
    public static Cidr parse(String text) {
        try {
            IPAddress address = new IPAddressString(text.trim()).toAddress();
            if (!address.isPrefixed()) {
                throw new IllegalArgumentException("'" + text + "' is not a CIDR block (expected e.g. 10.0.0.0/16)");
            }
            return new Cidr(address.toPrefixBlock());
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not a CIDR block (expected e.g. 10.0.0.0/16)", e);
        }
    }

    public boolean ipv6() {
        return block.isIPv6();
    }

    public boolean overlaps(Cidr other) {
        return block.getIPVersion() == other.block.getIPVersion()
                && (block.contains(other.block) || other.block.contains(block));
    }

    /** True when the address (no prefix) lies in this block. */
    public boolean contains(String address) {
        IPAddress ip = new IPAddressString(address).getAddress();
        return ip != null && ip.getIPVersion() == block.getIPVersion() && block.contains(ip);
    }

    public boolean contains(Cidr other) {
        return block.getIPVersion() == other.block.getIPVersion() && block.contains(other.block);
    }

    public int prefixLength() {
        return block.getNetworkPrefixLength();
    }

    @Override
    public int compareTo(Cidr other) {
        if (ipv6() != other.ipv6()) {
            return ipv6() ? 1 : -1;
        }
        int byAddress = block.getValue().compareTo(other.block.getValue());
        return byAddress != 0 ? byAddress : Integer.compare(prefixLength(), other.prefixLength());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other && block.equals(other.block);
    }

    @Override
    public int hashCode() {
        return block.hashCode();
    }

    @Override
    public String toString() {
        return block.toCanonicalString();
    }
}
