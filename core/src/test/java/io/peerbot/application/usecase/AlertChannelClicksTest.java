package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.lifecycle.ConnectionReference;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.validation.Rejection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The alert channel ({@code PEERBOT_ALERT_CHANNEL}) outside the allowed channels: the alert's Reject is taken
 * there, and nothing else is.
 */
class AlertChannelClicksTest {
    private static final Actor IN_ALERTS = new Actor("U0ALICE", "C0SEC");
    private static final ConnectionReference REQUEST =
            new ConnectionReference(PcxId.of("pcx-0a1b2c3d"), new Location("111122223333", "eu-west-1"));
    private static final Notice REFUSED = new Notice.Rejected(
            List.of(new Rejection.ChannelNotAllowed("C0SEC", List.of("C0NET"))));

    private final RecordingChat chat = new RecordingChat();
    private final List<ConnectionReference> rejected = new ArrayList<>();
    private final ChatEventRouter router = new ChatEventRouter(new ChannelPolicy(Set.of("C0NET"), Optional.of("C0SEC")),
            chat, new ChatEventRouter.Routes(null, null, null, null, null, null, null, null, null, null,
                    (clicker, request) -> rejected.add(request), null));

    @Test
    void theAlertsRejectIsTakenInTheAlertChannel() {
        router.onRejectForeign(IN_ALERTS, REQUEST.encode());

        assertThat(rejected).containsExactly(REQUEST);
        assertThat(chat.toldPrivately("U0ALICE")).isEmpty();
    }

    @Test
    void otherClicksAndCommandsInTheAlertChannelAreRefused() {
        router.onApprove(IN_ALERTS, REQUEST.encode() + "#open-1");
        router.onCommand(IN_ALERTS, "list");

        assertThat(chat.toldPrivately("U0ALICE")).containsExactly(REFUSED, REFUSED);
        assertThat(router.answerAtOnce(IN_ALERTS, "list")).contains(REFUSED);
        assertThat(rejected).isEmpty();
    }

    @Test
    void theAlertsRejectIsRefusedInAnyOtherChannelNotAllowed() {
        router.onRejectForeign(new Actor("U0ALICE", "C0RANDOM"), REQUEST.encode());

        assertThat(chat.toldPrivately("U0ALICE")).containsExactly(new Notice.Rejected(
                List.of(new Rejection.ChannelNotAllowed("C0RANDOM", List.of("C0NET")))));
        assertThat(rejected).isEmpty();
    }
}
