package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.domain.change.ChangeRefusal;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The private answers to asking for and retrying a change, and what stopped work, as people read them. */
class AnswerRendererTest {
    private static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    private static final Change OPEN = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "U0ALICE",
            Instant.EPOCH, Set.of(Side.REQUESTER));
    private static final Problem.Cloud THROTTLED = new Problem.Cloud("CreateTags", "RequestLimitExceeded",
            "Request limit exceeded.", false);
    private static final Problem.Cloud DENIED = new Problem.Cloud("CreateRoute", "UnauthorizedOperation",
            "You are not authorized", true);

    private final NoticeRenderer renderer = new NoticeRenderer(Clock.systemUTC());

    @Test
    void aRefusalSaysWhyAndABusyOneLeadsToThePendingChange() {
        assertThat(text(new Notice.ChangeRefused(new ChangeRefusal.BeingDeleted(PCX), Optional.empty())))
                .isEqualTo("`pcx-0a1b2c3d` is being deleted already. Nothing changed.");
        ChangeRefusal busy = new ChangeRefusal.Busy(PCX, OPEN);
        assertThat(renderer.render(new Notice.ChangeRefused(busy, Optional.of(
                new Notice.ThreadAt("C0PLATFORM", "https://slack.example/archives/C0PLATFORM/p1")))).toString())
                .contains("Nothing changed. <https://slack.example/archives/C0PLATFORM/p1|See the change>");
        assertThat(renderer.render(new Notice.ChangeRefused(busy, Optional.of(new Notice.ThreadAt("C0PLATFORM", ""))))
                .toString()).contains("Nothing changed. (thread in <#C0PLATFORM>)");
    }

    @Test
    void peeringsPeerbotCannotChangeAreNamedWithWhy() {
        assertThat(text(new Notice.NotMadeByPeerbot(PCX, ChangeKind.CLOSE))).isEqualTo("`pcx-0a1b2c3d` was not made"
                + " by peerbot: I close only peerings I made, and touch nothing else. Nothing changed.");
        assertThat(text(new Notice.UnreadableRecord(PCX, "peerbot:ports is <bad>"))).isEqualTo("`pcx-0a1b2c3d` has"
                + " peerbot tags that cannot be read: peerbot:ports is &lt;bad&gt;. Nothing changed."); // tags are anyone's text
        assertThat(text(new Notice.NoThread(PCX))).isEqualTo("`pcx-0a1b2c3d` has no Slack thread recorded in its"
                + " tags, so there is nowhere to ask its owners and keep the record. Nothing changed.");
    }

    @Test
    void aRetryOfNothingFailedOrBySomeoneUninvolvedIsRefused() {
        assertThat(text(new Notice.NothingToRetry(PCX, Stage.APPLIED)))
                .isEqualTo("`pcx-0a1b2c3d` is applied, not failed: there is nothing to retry.");
        assertThat(text(new Notice.RetryNotAllowed(PCX))).isEqualTo("Only the requester, the owners of either VPC or"
                + " an admin may retry `pcx-0a1b2c3d`. Nothing changed.");
    }

    @Test
    void awsRefusalsSayWhatToDo() {
        assertThat(ProblemText.of(DENIED)).isEqualTo("AWS refused `CreateRoute`: the bot's role lacks that permission"
                + " (You are not authorized). Add it to the bot's IAM policy (see `iam/peerbot-policy.json`) and try"
                + " again.");
        assertThat(ProblemText.of(THROTTLED))
                .isEqualTo("AWS answered `RequestLimitExceeded` to `CreateTags`: Request limit exceeded.");
        assertThat(ProblemText.of(new Problem.Unexpected("boom"))).isEqualTo("Unexpected error: boom");
    }

    @Test
    void workThatCouldNotFinishIsExplained() {
        assertThat(text(new Notice.CouldNotFinish(THROTTLED)))
                .isEqualTo("AWS answered `RequestLimitExceeded` to `CreateTags`: Request limit exceeded.");
        assertThat(text(new Notice.CouldNotFinish(new Problem.Unexpected("not_in_channel")))).isEqualTo("peerbot could"
                + " not finish that: not_in_channel. If it says `not_in_channel`, invite the bot to this channel"
                + " (`/invite @peerbot`) and try again.");
    }

    @Test
    void aChangeOrRequestThatCouldNotBeRecordedSaysNothingChangedInAws() {
        assertThat(text(new Notice.ChangeNotRecorded(OPEN, THROTTLED))).contains("Could not record `/peer open tcp:6379`",
                "AWS answered `RequestLimitExceeded` to `CreateTags`",
                "Nothing was changed in AWS; ask again once that is fixed.");
        assertThat(text(new Notice.CreationFailed(DENIED))).contains("Could not create the peering connection",
                "AWS refused `CreateRoute`", "Nothing was changed in AWS.");
    }

    @Test
    void aRequestMadeButNeitherRecordedNorWithdrawnIsNamedWithWhatToDo() {
        String text = text(new Notice.CreationFailed(DENIED, Optional.of(new PcxId("pcx-0a1b2c3d4e5f60718"))));

        assertThat(text).contains("Could not create the peering connection", "AWS refused `CreateRoute`",
                "EC2 made `pcx-0a1b2c3d4e5f60718`", "stays pending acceptance", "Reject or delete it in EC2, then ask "
                + "again.").doesNotContain("Nothing was changed");
    }

    @Test
    void aRequestNeverSavedSaysWhatBecomesOfItByItsStatus() {
        PcxId pcx = new PcxId("pcx-0a1b2c3d4e5f60718");

        assertThat(text(new Notice.RequestNeverSaved(pcx, PeeringStatus.PENDING_ACCEPTANCE))).contains(
                "Request `pcx-0a1b2c3d4e5f60718` not made", "stopped between creating it in EC2 and recording it",
                "stays pending acceptance until peerbot withdraws it at its next periodic check");
        assertThat(text(new Notice.RequestNeverSaved(pcx, PeeringStatus.DELETED))).contains(
                "The request is withdrawn (`deleted` in EC2). Ask again with `/peer`.");
        assertThat(text(new Notice.RequestNeverSaved(pcx, PeeringStatus.ACTIVE))).contains(
                "It is `active` in EC2: accepted outside peerbot.");
    }

    private String text(Notice notice) {
        return visibleText(renderer.render(notice)).strip();
    }
}
