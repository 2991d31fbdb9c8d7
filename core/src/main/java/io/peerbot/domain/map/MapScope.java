package io.peerbot.domain.map;

import io.peerbot.domain.network.VpcRef;

/** What {@code /peer map} was asked to show: everything, one VPC and its neighbours, or one account. */
public sealed interface MapScope {
    record Everything() implements MapScope {
    }

    record OfVpc(VpcRef vpc) implements MapScope {
    }

    record OfAccount(String account) implements MapScope {
    }
}
