package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.assertWithinSlackLimits;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.buttons;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.Notice;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.plan.Plan;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.validation.Rejection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NoticeRendererTest {
    private final NoticeRenderer renderer = new NoticeRenderer(Clock.systemUTC());

    @Test
    void theFullPlanOfAHugePeeringIsSplitAcrossMessagesAndLosesNothing() {
        VpcSnapshot app = Fixtures.appVpc(30, 4);
        VpcSnapshot db = Fixtures.dbVpc(30, 4);
        Plan plan = Fixtures.plan(app, db, 40, 30, Fixtures.options(""));

        List<SlackMessage> messages = renderer.render(new Notice.FullPlan(plan));

        assertWithinSlackLimits(messages);
        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages.get(1).text()).contains("continued, 2/" + messages.size());
        String all = visibleText(messages);
        for (VpcSnapshot vpc : List.of(app, db)) {
            IntStream.range(0, 40).forEach(i -> assertThat(all).contains(Fixtures.tableId(vpc.id(), i)));
            IntStream.range(0, 30).forEach(i -> assertThat(all).contains(Fixtures.groupId(vpc.id(), i)));
        }
        assertThat(all).doesNotContain("more route tables");
    }

    @Test
    void aPlanPreviewShowsEveryChangeAndNoButtons() {
        VpcSnapshot app = Fixtures.appVpc(12, 0);
        VpcSnapshot db = Fixtures.dbVpc(12, 0);
        Plan plan = Fixtures.plan(app, db, 12, 12, Fixtures.options(""));

        List<SlackMessage> messages = renderer.render(new Notice.PlanPreview(app, db, Fixtures.APP_OWNERS,
                Fixtures.DB_OWNERS, plan));

        assertWithinSlackLimits(messages);
        assertThat(messages).allSatisfy(m -> assertThat(buttons(m)).isEmpty());
        String all = visibleText(messages);
        assertThat(all).contains("Nothing has been changed", "24 routes in 24 route tables and 48 rules in 24 groups",
                Fixtures.tableId(db.id(), 11), Fixtures.groupId(app.id(), 11) + "` (app-vpc-group-11)",
                "<@UDBOWNER2>");
    }

    @Test
    void aDenialSaysWhetherAnythingWasTakenAwayInAws() {
        PcxId pcx = new PcxId(Fixtures.PCX);
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "UALICE", Instant.EPOCH, Set.of());

        assertThat(visibleText(renderer.render(new Notice.Denied("UBOB", pcx, open, false))))
                .contains("<@UBOB> denied", "nothing was changed in AWS");
        assertThat(visibleText(renderer.render(new Notice.Denied("UBOB", pcx, open, true))))
                .contains("<@UBOB> denied", "the rules it had added before its plan changed were revoked in AWS")
                .doesNotContain("nothing was changed");
    }

    @Test
    void eachRejectionSaysItsOwnMessage() {
        Rejection sameVpc = new Rejection.SameVpc("app-vpc");
        List<SlackMessage> one = renderer.render(new Notice.Rejected(List.of(sameVpc)));
        List<SlackMessage> two = renderer.render(new Notice.Rejected(List.of(sameVpc,
                new Rejection.UnknownSubnets(List.of("subnet-0fff0fff")))));

        assertWithinSlackLimits(one);
        assertWithinSlackLimits(two);
        assertThat(visibleText(one)).startsWith("⛔ Both VPCs are `app-vpc`: a peering connects two different VPCs.");
        assertThat(one.get(0).text()).startsWith("Both VPCs are `app-vpc`");
        assertThat(visibleText(two)).contains("2 problems; nothing was changed", "• Both VPCs are `app-vpc`",
                "• `--subnets` names subnets in neither VPC: `subnet-0fff0fff`.");
    }

    @Test
    void everyRealRejectionRendersWithinLimits() {
        var vpcs = IntStream.range(0, 60).mapToObj(i -> new io.peerbot.domain.network.VpcSummary(
                "vpc-0" + String.format("%016x", i), Fixtures.APP_AT, java.util.Map.of("Name", "app-" + i),
                List.of(io.peerbot.domain.network.Cidr.parse("10." + i + ".0.0/16")))).toList();
        List<Rejection> reasons = List.of(
                new Rejection.UnknownVpc("app", vpcs),
                new Rejection.AmbiguousVpc("app", vpcs),
                new Rejection.SameVpc("app-vpc"),
                new Rejection.OverlappingCidrs("app-vpc", "db-vpc", List.<io.peerbot.domain.network.Cidr[]>of(
                        new io.peerbot.domain.network.Cidr[] {io.peerbot.domain.network.Cidr.parse("10.0.0.0/16"),
                                io.peerbot.domain.network.Cidr.parse("10.0.0.0/8")})),
                new Rejection.ExistingPeering(Fixtures.PCX, io.peerbot.domain.peering.PeeringStatus.ACTIVE,
                        "https://example.slack.com/archives/C1/p1"),
                new Rejection.QuotaReached("routes per route table", "rtb-0123456789abcdef0", 50, 49, 2),
                new Rejection.UnknownSubnets(List.of("subnet-0123456789abcdef0")),
                new Rejection.NoOwner("app-vpc", "/etc/peerbot/owners.yml"),
                new Rejection.ChannelNotAllowed("C1", List.of("C2", "C3")),
                new Rejection.MissingPermission("ec2:CreateRoute", "111122223333:eu-west-1"));

        List<SlackMessage> messages = renderer.render(new Notice.Rejected(reasons));

        assertWithinSlackLimits(messages);
        String shown = visibleText(messages);
        reasons.forEach(reason -> assertThat(shown).contains(RejectionText.of(reason).lines().findFirst().orElseThrow()));
    }

    @Test
    void usageFollowsTheProblem() {
        List<SlackMessage> messages = renderer.render(new Notice.Usage("unknown option --prots <here>"));

        assertWithinSlackLimits(messages);
        assertThat(visibleText(messages)).startsWith("⚠️ unknown option --prots &lt;here&gt;\n")
                .contains("`/peer help` — this text");
        assertThat(messages.get(0).text()).isEqualTo("unknown option --prots <here>");
        assertThat(renderer.render(new Notice.Usage("")).get(0).text()).isEqualTo("How to use /peer");
    }

    @Test
    void theUsageFitsAndKeepsEveryLine() {
        List<SlackMessage> messages = renderer.render(new Notice.Usage(""));

        assertWithinSlackLimits(messages);
        String shown = visibleText(messages);
        UsageText.TEXT.lines().filter(line -> !line.isBlank()).forEach(line -> assertThat(shown).contains(line.strip()));
    }

    @Test
    void longCodeBlocksStayCodeBlocks() {
        String text = "*Usage*\n```\n" + IntStream.range(0, 200)
                .mapToObj(i -> "/peer app-vpc-" + i + " db-vpc --ports tcp:" + (5000 + i) + "  # example " + i)
                .collect(Collectors.joining("\n")) + "\n```\nMore at the README.";

        List<SlackMessage> messages = renderer.render(new Notice.Text(text));

        assertWithinSlackLimits(messages);
        assertThat(visibleText(messages)).contains("# example 199", "More at the README.");
        messages.forEach(m -> m.blocks().forEach(b -> {
            String shown = visibleText(new SlackMessage("x", List.of(b)));
            assertThat(shown.split("```", -1).length % 2).as("balanced fences in %s", shown).isEqualTo(1);
        }));
    }

    @Test
    void aStepHasItsMarkTitleAndLines() {
        List<SlackMessage> ok = renderer.render(new Notice.Step(true, "Routes added",
                List.of("`rtb-1` → `10.1.0.0/16`", "`rtb-2` → `10.1.0.0/16`")));
        List<SlackMessage> failed = renderer.render(new Notice.Step(false, "Accept failed", List.of()));
        List<SlackMessage> long_ = renderer.render(new Notice.Step(true, "Rules added", IntStream.range(0, 2000)
                .mapToObj(i -> "`sg-" + i + "`: `tcp:5432` from `10.1.0.0/16` → `sgr-" + i + "`").toList()));

        assertWithinSlackLimits(ok);
        assertWithinSlackLimits(failed);
        assertWithinSlackLimits(long_);
        assertThat(visibleText(ok)).isEqualTo("✅ *Routes added*\n`rtb-1` → `10.1.0.0/16`\n`rtb-2` → `10.1.0.0/16`\n");
        assertThat(ok.get(0).text()).isEqualTo("✅ Routes added");
        assertThat(failed.get(0).text()).isEqualTo("❌ Accept failed");
        assertThat(long_).hasSizeGreaterThan(1);
        assertThat(visibleText(long_)).contains("`sgr-1999`");
    }

    @Test
    void longTextIsSplitAndEmptyTextStillRenders() {
        String list = IntStream.range(0, 3000).mapToObj(i -> "• `pcx-" + i + "` active").collect(Collectors.joining("\n"));

        List<SlackMessage> messages = renderer.render(new Notice.Text(list));

        assertWithinSlackLimits(messages);
        assertThat(visibleText(messages)).contains("`pcx-0` active", "`pcx-2999` active");
        assertWithinSlackLimits(renderer.render(new Notice.Text("")));
    }

    @Test
    void preparingNamesWhoAndWhat() {
        List<SlackMessage> messages = renderer.render(new Notice.Preparing("UREQUESTER", "app-vpc", "db<vpc>"));

        assertWithinSlackLimits(messages);
        assertThat(visibleText(messages)).contains("<@UREQUESTER>", "*app-vpc*", "*db&lt;vpc&gt;*");
    }
}
