package io.peerbot.domain.traffic;

public enum Protocol {
    TCP("tcp", "6"), UDP("udp", "17"), ICMP("icmp", "1"), ALL("all", "-1");

    private final String label;
    private final String number;

    Protocol(String label, String number) {
        this.label = label;
        this.number = number;
    }

    /** As written in commands and shown to people: tcp, udp, icmp. */
    public String label() {
        return label;
    }

    /** The IANA number as EC2 reports it in rules and ACL entries ("-1" for all). */
    public String number() {
        return number;
    }
}
