package io.peerbot.domain.command;

import java.util.Arrays;
import java.util.Optional;

/** The options of {@code /peer}; {@code list} ones take a comma list that may be spread over words. */
enum Option {
    PORTS("--ports", true, true, "--ports tcp:5432,icmp"),
    SUBNETS("--subnets", true, true, "--subnets subnet-0a1b2c3d,subnet-4e5f6a7b"),
    DNS("--dns", false, false, "--dns"),
    NO_TEST("--no-test", false, false, "--no-test"),
    REASON("--reason", true, false, "--reason \"orders service reads the billing DB\""),
    FORMAT("--format", true, false, "--format terraform");

    final String flag;
    final boolean takesValue;
    final boolean list;
    final String example;

    Option(String flag, boolean takesValue, boolean list, String example) {
        this.flag = flag;
        this.takesValue = takesValue;
        this.list = list;
        this.example = example;
    }

    static Optional<Option> named(String flag) {
        return Arrays.stream(values()).filter(o -> o.flag.equals(flag)).findFirst();
    }

    @Override
    public String toString() {
        return flag;
    }
}
