package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.assertWithinSlackLimits;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.validation.Rejection;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A request's card, once the request was not made, still says whose it was and for which VPCs, then why. */
class RequestNotMadeRendererTest {
    private static final Notice.Preparing REQUEST = new Notice.Preparing("U0ALICE", "app-vpc (vpc-0aaa0001)",
            "db-vpc (vpc-0bbb0002)");
    private final NoticeRenderer renderer = new NoticeRenderer(Clock.systemUTC());

    @Test
    void overTheQuotaTheCardNamesTheAskerAndBothVpcsThenTheQuota() {
        List<SlackMessage> messages = renderer.render(new Notice.RequestNotMade(REQUEST, new Notice.Rejected(List.of(
                new Rejection.QuotaReached("outstanding peering requests", "111111111111", 25, 25, 1)))));

        assertWithinSlackLimits(messages);
        assertThat(visibleText(messages)).startsWith("❌ <@U0ALICE>'s request to peer *app-vpc (vpc-0aaa0001)* "
                + "with *db-vpc (vpc-0bbb0002)* was not made:").contains("has 25 outstanding peering requests");
        assertThat(messages.get(0).text()).as("the notification names the request too")
                .startsWith("❌ <@U0ALICE>'s request to peer");
    }

    @Test
    void whenTheAccountWasBusyTheCardSaysSoAndThatNothingWasCreated() {
        List<SlackMessage> messages = renderer.render(new Notice.RequestNotMade(REQUEST,
                new Notice.RequestsBusy(new Location("111111111111", "us-east-1"))));

        assertThat(visibleText(messages)).contains("was not made:", "111111111111", "Nothing was created");
    }
}
