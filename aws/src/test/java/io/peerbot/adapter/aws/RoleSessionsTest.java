package io.peerbot.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Caller;
import org.junit.jupiter.api.Test;

class RoleSessionsTest {

    @Test
    void namesThePersonAndThePeering() {
        assertThat(RoleSessions.sessionName(Caller.of("U0ALICE01", "pcx-0a1b2c3d4e5f60718")))
                .isEqualTo("peerbot-U0ALICE01-pcx-0a1b2c3d4e5f60718");
        assertThat(RoleSessions.sessionName(Caller.of("W0ENTERPRISE1"))).isEqualTo("peerbot-W0ENTERPRISE1");
        assertThat(RoleSessions.sourceIdentity(Caller.of("U0ALICE01", "pcx-0a1b2c3d"))).isEqualTo("U0ALICE01");
    }

    @Test
    void staysWithinStsRulesWhateverItIsGiven() {
        String name = RoleSessions.sessionName(Caller.of("U0ALICE01", "pcx-0a1b2c3d4e5f60718 and/then:"
                + "x".repeat(80)));

        assertThat(name).hasSize(64).matches("[\\w+=,.@-]{2,64}")
                .startsWith("peerbot-U0ALICE01-pcx-0a1b2c3d4e5f60718-and-then-xxx");
    }
}
