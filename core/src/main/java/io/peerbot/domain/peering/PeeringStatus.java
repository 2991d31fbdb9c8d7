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
    EXPIRED("expired"),
    /** A code this version does not know (EC2 may add states): never live, shown as EC2 gave it. */
    UNKNOWN("unknown");

    private final String code;

    PeeringStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The status with this code; {@link #UNKNOWN} for any other code, so a new EC2 state never breaks a read. */
    public static PeeringStatus fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s != UNKNOWN && s.code.equals(code)).findFirst()
                .orElse(UNKNOWN);
    }

    /** Asked for and not yet accepted, rejected, deleted or expired: the request can be accepted or withdrawn. */
    public boolean pending() {
        return this == INITIATING_REQUEST || this == PENDING_ACCEPTANCE;
    }

    /** Pending or active: a second peering between the same VPCs would be refused. */
    public boolean live() {
        return this == INITIATING_REQUEST || this == PENDING_ACCEPTANCE || this == PROVISIONING || this == ACTIVE;
    }
}
