package io.peerbot.e2e;

import static io.peerbot.e2e.Org.ALICE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code PEERBOT_ALLOWED_CHANNELS}: the bot acts only where it is allowed, and says where that is. */
class AllowedChannelsTest {
    @RegisterExtension
    final Harness h = Harness.forEachTest().allowedChannels(Set.of(Org.CHANNEL));

    @Test
    void aRequestInAnotherChannelIsRefusedNamingTheAllowedOne() {
        int mark = h.ec2.calls().mark();

        h.slack.typeCommand(ALICE, Harness.OTHER_CHANNEL, "/peer", "app-vpc db-vpc");

        h.awaitEphemeral(ALICE, t -> t.contains("peerbot does not act in") && t.contains(Org.CHANNEL));
        assertThat(h.ec2.calls().since(mark)).isEmpty();
        assertThat(h.slack.messages(Harness.OTHER_CHANNEL)).noneMatch(m -> !m.ephemeral());
    }

    @Test
    void aRequestInTheAllowedChannelGoesAhead() {
        h.type(ALICE, "app-vpc db-vpc");
        h.awaitCard();
    }
}
