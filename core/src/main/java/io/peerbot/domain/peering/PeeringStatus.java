package io.peerbot.domain.peering;

import java.util.Arrays;

/** EC2's status codes of a VPC peering connection. */
public enum PeeringStatus {
    INITIATING_REQUEST("initiating-request"),
    PENDING_ACCEPTANCE("pending-acceptance"),
    PROVISIONING("provisioning"),
    ACTIVE("active"),
    DELETING("deleting"),
    DELETED("deleted"),
    REJECTED("rejected"),
    FAILED("failed"),
    EXPIRED("expired");

    private final String code;

    PeeringStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static PeeringStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown peering status " + code));
    }

    /** Pending or active: a second peering between the same VPCs would be refused. */
    public boolean live() {
        return this == INITIATING_REQUEST || this == PENDING_ACCEPTANCE || this == PROVISIONING || this == ACTIVE;
    }
}
