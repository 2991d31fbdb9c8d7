package io.peerbot.domain.peering;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeeringStatusTest {

    @Test
    void readsEveryKnownCode() {
        assertThat(PeeringStatus.fromCode("pending-acceptance")).isEqualTo(PeeringStatus.PENDING_ACCEPTANCE);
        assertThat(PeeringStatus.fromCode("active")).isEqualTo(PeeringStatus.ACTIVE);
    }

    @Test
    void aCodeEc2AddsLaterIsUnknownNotLiveAndNeverACrash() {
        PeeringStatus status = PeeringStatus.fromCode("suspended");

        assertThat(status).isEqualTo(PeeringStatus.UNKNOWN);
        assertThat(status.live()).isFalse();
        assertThat(PeeringStatus.fromCode("unknown")).isEqualTo(PeeringStatus.UNKNOWN);
        assertThat(PeeringStatus.fromCode(null)).isEqualTo(PeeringStatus.UNKNOWN);
    }

    @Test
    void onlyARequestNotYetAnsweredIsPending() {
        assertThat(java.util.Arrays.stream(PeeringStatus.values()).filter(PeeringStatus::pending))
                .containsExactlyInAnyOrder(PeeringStatus.INITIATING_REQUEST, PeeringStatus.PENDING_ACCEPTANCE);
        assertThat(PeeringStatus.fromCode("suspended").pending()).isFalse();
    }
}
