package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.assertWithinSlackLimits;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.VpcRef;
import io.peerbot.domain.validation.Rejection;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A refused plan or request says which command it answers before why, in the message and its notification. */
class ProposalRefusedRendererTest {
    private static final Rejection OVER_QUOTA = new Rejection.QuotaReached("outstanding peering requests",
            "111111111111", 25, 25, 1);
    private final NoticeRenderer renderer = new NoticeRenderer(Clock.systemUTC());

    private static Notice.Proposed proposed(Notice.Proposed.Kind kind, String requester, String accepter) {
        return new Notice.Proposed(kind, VpcRef.parse(requester), VpcRef.parse(accepter));
    }

    @Test
    void aRequestOverTheQuotaNamesItsTwoVpcsAsTypedThenTheQuota() {
        List<SlackMessage> messages = renderer.render(new Notice.ProposalRefused(
                proposed(Notice.Proposed.Kind.REQUEST, "app-vpc", "222222222222:eu-west-1:db-vpc"),
                new Notice.Rejected(List.of(OVER_QUOTA))));

        assertWithinSlackLimits(messages);
        assertThat(visibleText(messages)).startsWith("*Your request to peer `app-vpc` with "
                + "`222222222222:eu-west-1:db-vpc`:*").contains("⛔ `111111111111` has 25 outstanding peering "
                + "requests and this peering needs 1 more, over the limit of 25.");
        assertThat(messages.get(0).text()).as("the notification names the request too")
                .startsWith("Your request to peer `app-vpc` with `222222222222:eu-west-1:db-vpc`: `111111111111` has 25");
    }

    @Test
    void aPlanSaysItIsAPlanAndTwoCommandsForDifferentPairsReadDifferently() {
        Notice.Rejected why = new Notice.Rejected(List.of(OVER_QUOTA));
        String plan = visibleText(renderer.render(new Notice.ProposalRefused(
                proposed(Notice.Proposed.Kind.PLAN, "app-vpc", "db-vpc"), why)));
        String request = visibleText(renderer.render(new Notice.ProposalRefused(
                proposed(Notice.Proposed.Kind.REQUEST, "app-vpc", "db-vpc"), why)));
        String other = visibleText(renderer.render(new Notice.ProposalRefused(
                proposed(Notice.Proposed.Kind.PLAN, "web-vpc", "cache-vpc"), why)));

        assertThat(plan).startsWith("*Your `/peer plan` of peering `app-vpc` with `db-vpc`:*");
        assertThat(request).startsWith("*Your request to peer `app-vpc` with `db-vpc`:*");
        assertThat(other).startsWith("*Your `/peer plan` of peering `web-vpc` with `cache-vpc`:*");
        assertThat(List.of(plan, request, other)).doesNotHaveDuplicates();
    }

    @Test
    void thePolicysDenialAFailureAndABusyAccountAreNamedTheSameWay() {
        Notice.Proposed about = proposed(Notice.Proposed.Kind.REQUEST, "app-vpc", "db-vpc");
        List<Notice> refusals = List.of(new Notice.OverrideNotAllowed(Set.of("U0ADMIN")),
                new Notice.CouldNotFinish(new Problem.Unexpected("boom")),
                new Notice.RequestsBusy(new Location("111111111111", "us-east-1")));

        refusals.forEach(why -> {
            String text = visibleText(renderer.render(new Notice.ProposalRefused(about, why)));
            assertThat(text).startsWith("*Your request to peer `app-vpc` with `db-vpc`:*")
                    .contains(visibleText(renderer.render(why)));
        });
        assertThat(visibleText(renderer.render(new Notice.RequestsBusy(new Location("111111111111", "us-east-1")))))
                .contains("Other requests from account `111111111111` in `us-east-1` are being made right now",
                        "Nothing was created; try again in a moment.");
    }

    @Test
    void manyReasonsStillFitSlacksLimitsWithTheCommandFirst() {
        List<Rejection> reasons = IntStream.range(0, 80).<Rejection>mapToObj(i ->
                new Rejection.QuotaReached("routes", "rtb-0aaa00" + (10 + i), 50, 50, 1)).toList();

        List<SlackMessage> messages = renderer.render(new Notice.ProposalRefused(
                proposed(Notice.Proposed.Kind.REQUEST, "app-vpc", "db-vpc"), new Notice.Rejected(reasons)));

        assertWithinSlackLimits(messages);
        assertThat(visibleText(messages)).startsWith("*Your request to peer").contains("rtb-0aaa0089");
    }
}
