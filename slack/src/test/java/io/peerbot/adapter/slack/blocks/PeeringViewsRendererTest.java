package io.peerbot.adapter.slack.blocks;

import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.assertWithinSlackLimits;
import static io.peerbot.adapter.slack.blocks.SlackLimitsAssert.visibleText;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice.PeeringDetails.GroupRule;
import io.peerbot.application.port.Notice.PeeringDetails.SideResources;
import io.peerbot.application.port.Notice.PeeringDetails.TableRoute;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Route;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@code /peer list}, {@code /peer status} and the answers around {@code /peer test}, as people read them. */
class PeeringViewsRendererTest {
    private static final String THREAD_URL = "https://slack.com/archives/CCHANNEL/p1709285400000100";

    private final NoticeRenderer renderer = new NoticeRenderer(Clock.systemUTC());
    private final VpcSnapshot app = Fixtures.appVpc(1, 0);
    private final VpcSnapshot db = Fixtures.dbVpc(1, 0);
    private final ManagedPeering request = Fixtures.request(app, db, Fixtures.options(""), List.of(),
            ChangeState.DONE, null);

    private PeeringConnection peering(String id, PeeringStatus status, Map<String, String> tags) {
        return new PeeringConnection(id, new PeeringSide(app.id(), app.location(), app.cidrBlocks()),
                new PeeringSide(db.id(), db.location(), db.cidrBlocks()), status, "", tags);
    }

    private ManagedPeerings.Found found() {
        return new ManagedPeerings.Found(request, PeeringStatus.ACTIVE);
    }

    private static ManagedPeerings.Untrusted untrusted(String id) {
        return new ManagedPeerings.Untrusted(PcxId.of(id), Optional.empty(),
                "the accepter account 222233334444's copy does not verify: its seal <was> changed");
    }

    private static ManagedPeerings.Unsaved unsaved(String id, PeeringStatus status) {
        return new ManagedPeerings.Unsaved(PcxId.of(id), Fixtures.APP_AT, Optional.empty(), Instant.EPOCH, status);
    }

    @Test
    void theListNamesEachPeeringItsStateAndThread() {
        Notice.PeeringList list = new Notice.PeeringList(Optional.of("db-vpc"), List.of(
                new Notice.PeeringList.Listed(peering(Fixtures.PCX, PeeringStatus.ACTIVE, Map.of()), found(),
                        Optional.of(new Notice.ThreadAt("CCHANNEL", THREAD_URL))),
                new Notice.PeeringList.Listed(peering("pcx-0f0f0f0f", PeeringStatus.ACTIVE, Map.of()),
                        new ManagedPeerings.NotManaged(PcxId.of("pcx-0f0f0f0f")), Optional.empty())), 2);

        String shown = visibleText(renderer.render(list));

        assertThat(shown).startsWith("*Peerings of db-vpc* (2)\n").contains(
                "• `" + Fixtures.PCX + "` `" + app.id() + "` ↔ `" + db.id() + "` — active, request applied · <"
                        + THREAD_URL + "|thread>",
                "• `pcx-0f0f0f0f` `" + app.id() + "` ↔ `" + db.id() + "` — active · not made by peerbot");
    }

    @Test
    void theListSaysWhichPeeringsPeerbotMadeButDoesNotActOn() {
        Notice.PeeringList list = new Notice.PeeringList(Optional.empty(), List.of(
                new Notice.PeeringList.Listed(peering("pcx-0c0c0c0c", PeeringStatus.ACTIVE, Map.of()),
                        untrusted("pcx-0c0c0c0c"), Optional.of(new Notice.ThreadAt("CCHANNEL", THREAD_URL))),
                new Notice.PeeringList.Listed(peering("pcx-0a0a0a0a", PeeringStatus.PENDING_ACCEPTANCE, Map.of()),
                        unsaved("pcx-0a0a0a0a", PeeringStatus.PENDING_ACCEPTANCE), Optional.empty()),
                new Notice.PeeringList.Listed(peering("pcx-0b0b0b0b", PeeringStatus.ACTIVE, Map.of()),
                        new ManagedPeerings.Unreadable(PcxId.of("pcx-0b0b0b0b"), "peerbot:ports is not a port list"),
                        Optional.empty())), 3);

        assertThat(visibleText(renderer.render(list))).contains(
                "• `pcx-0c0c0c0c` `" + app.id() + "` ↔ `" + db.id() + "` — active · record changed outside peerbot, "
                        + "not acted on · <" + THREAD_URL + "|thread>",
                "— pending-acceptance · request never recorded, to be withdrawn\n",
                "— active · peerbot tags unreadable, not acted on\n").doesNotContain("not made by peerbot");
    }

    @Test
    void aCutListSaysHowManyMoreAndHowToNarrowIt() {
        List<Notice.PeeringList.Listed> shown = IntStream.range(0, 25).mapToObj(i -> new Notice.PeeringList.Listed(
                peering("pcx-" + i, PeeringStatus.ACTIVE, Map.of()), found(),
                Optional.of(new Notice.ThreadAt("CCHANNEL", "")))).toList();

        List<SlackMessage> messages = renderer.render(new Notice.PeeringList(Optional.empty(), shown, 40));

        assertWithinSlackLimits(messages);
        assertThat(visibleText(messages)).startsWith("*Peerings of peerbot* (40)").contains(
                "request applied · thread in <#CCHANNEL>", "… and 15 more. Name a VPC to narrow: `/peer list <vpc>`");
        assertThat(visibleText(renderer.render(new Notice.PeeringList(Optional.of("x<y"), List.of(), 0))))
                .isEqualTo("No peerings for x&lt;y.\n");
    }

    @Test
    void statusShowsTheRequestEachSideAndTheLastTest() {
        SecurityRule rule = new SecurityRule("sgr-0aaa", PortRange.tcp(5432), Cidr.parse("10.1.0.0/16"), null, "");
        Notice.PeeringDetails details = new Notice.PeeringDetails(
                peering(Fixtures.PCX, PeeringStatus.ACTIVE, Map.of()), found(),
                Optional.of(new Notice.ThreadAt("CCHANNEL", THREAD_URL)),
                new SideResources.Read(List.of(new TableRoute("rtb-0app",
                        new Route(Cidr.parse("10.1.0.0/16"), Fixtures.PCX, true))), List.of(new GroupRule("sg-0app", rule))),
                new SideResources.Unreadable("AccessDenied <no role>"), Optional.of("pass 2026-05-01T12:00:00Z"));

        String shown = visibleText(renderer.render(details));

        assertThat(shown).startsWith("*`" + Fixtures.PCX + "`* — active\n").contains(
                "Request: applied, asked by <@UREQUESTER>, ports `tcp:5432`, `icmp` · <" + THREAD_URL + "|thread>",
                "*Requester* `" + app.id() + "` (111122223333:eu-west-1)\n"
                        + "  routes: `rtb-0app`: `10.1.0.0/16` (blackhole)\n"
                        + "  rules: `sg-0app`: tcp:5432 from `10.1.0.0/16` (`sgr-0aaa`)",
                "*Accepter* `" + db.id() + "` (222233334444:eu-central-1)\n"
                        + "  cannot read this side: AccessDenied &lt;no role&gt;",
                "Last test: pass 2026-05-01T12:00:00Z");
    }

    @Test
    void statusSaysWhenATemporaryOpeningCloses() {
        Instant end = Instant.parse("2026-12-03T10:00:00Z");
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), "UREQUESTER",
                Instant.parse("2026-12-02T10:00:00Z"), Set.of(Side.REQUESTER, Side.ACCEPTER), end);
        ManagedPeering opened = request.ask(open).begin(open.ref()).finish(open.ref());
        Notice.PeeringDetails details = new Notice.PeeringDetails(
                peering(Fixtures.PCX, PeeringStatus.ACTIVE, Map.of()), new ManagedPeerings.Found(opened,
                PeeringStatus.ACTIVE), Optional.empty(), new SideResources.NotLive(), new SideResources.NotLive(),
                Optional.empty());

        assertThat(visibleText(renderer.render(details))).contains("Temporary: `tcp:6379` closes <!date^"
                + end.getEpochSecond() + "^");
    }

    @Test
    void statusOfAPeeringWithAnUntrustedRecordSaysWhyAndShowsNoRequest() {
        Notice.PeeringDetails details = new Notice.PeeringDetails(
                peering("pcx-0c0c0c0c", PeeringStatus.ACTIVE, Map.of()), untrusted("pcx-0c0c0c0c"),
                Optional.of(new Notice.ThreadAt("CCHANNEL", THREAD_URL)), new SideResources.NotLive(),
                new SideResources.NotLive(), Optional.empty());

        String shown = visibleText(renderer.render(details));

        assertThat(shown).contains("Its record was changed outside peerbot (the accepter account 222233334444's copy "
                + "does not verify: its seal &lt;was&gt; changed), so peerbot does not act on it. Ask an admin to look "
                + "at who changed its `peerbot:` tags. · <" + THREAD_URL + "|thread>").doesNotContain("Request:");
        assertThat(visibleText(renderer.render(new Notice.PeeringDetails(
                peering("pcx-0a0a0a0a", PeeringStatus.DELETED, Map.of()), unsaved("pcx-0a0a0a0a",
                PeeringStatus.DELETED), Optional.empty(), new SideResources.NotLive(), new SideResources.NotLive(),
                Optional.empty())))).contains("peerbot stopped between creating this request in EC2 and recording "
                + "it, so it does not act on it. The request is withdrawn (`deleted` in EC2).");
    }

    @Test
    void theAnswersAroundATestNameThePeeringAndWhy() {
        assertThat(text(new Notice.TestAsked("UBOB", List.of(PortRange.tcp(5432)))))
                .isEqualTo("<@UBOB> runs the connectivity test for `tcp:5432`.");
        assertThat(text(new Notice.TestAsked("UBOB", List.of()))).isEqualTo("<@UBOB> runs the connectivity test.");
        assertThat(text(new Notice.TestStarted(Fixtures.PCX)))
                .isEqualTo("Testing `" + Fixtures.PCX + "`; the results will be in its thread.");
        assertThat(text(new Notice.CannotTest("pcx-0f0f0f0f", PeeringStatus.ACTIVE,
                new ManagedPeerings.NotManaged(PcxId.of("pcx-0f0f0f0f")))))
                .startsWith("`pcx-0f0f0f0f` was not made by peerbot, so I have no thread to report to.");
        assertThat(text(new Notice.CannotTest("pcx-0c0c0c0c", PeeringStatus.ACTIVE, untrusted("pcx-0c0c0c0c"))))
                .startsWith("`pcx-0c0c0c0c`: Its record was changed outside peerbot (").endsWith(" Nothing was run.");
        assertThat(text(new Notice.CannotTest(Fixtures.PCX, PeeringStatus.PENDING_ACCEPTANCE, new ManagedPeerings.Found(
                request, PeeringStatus.PENDING_ACCEPTANCE)))).isEqualTo(
                "`" + Fixtures.PCX + "` is pending-acceptance, not active: there is no path to test yet. Nothing was run.");
        assertThat(text(new Notice.UnknownPeering("pcx-0nope", List.of(Fixtures.APP_AT, Fixtures.DB_AT)))).isEqualTo(
                "I find no peering `pcx-0nope` in 111122223333:eu-west-1, 222233334444:eu-central-1. Check the id, or "
                        + "`/peer list` for mine.");
    }

    private String text(Notice notice) {
        return visibleText(renderer.render(notice)).strip();
    }
}
