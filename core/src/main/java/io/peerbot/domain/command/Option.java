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
    OVERRIDE("--override", true, false, "--override \"approved by security, INC-4711\""),
    TO("--to", true, true, "--to sg-0a1b2c3d,sg-4e5f6a7b"),
    FROM("--from", true, true, "--from sg-0a1b2c3d"),
    BOTH_WAYS("--both-ways", false, false, "--both-ways"),
    SOURCE_GROUPS("--source-groups", false, false, "--source-groups"),
    OVERRIDE_ROUTES("--override-routes", false, false, "--override-routes"),
    FOR("--for", true, false, "--for 72h"),
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
