package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Notice;
import io.peerbot.application.port.Problem;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.approval.ClickVerdict;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The decision and apply paths of every change, against an in-memory EC2 and a recording chat: app-vpc is
 * owned by U0APPOWN, db-vpc by U0DBOWN; U0ALICE asked and owns neither; U0ERIN owns nothing.
 */
class LifecycleFlowsTest {
    private static final String ALICE = "U0ALICE";
    private static final String APP_OWNER = "U0APPOWN";
    private static final String DB_OWNER = "U0DBOWN";
    private static final String ERIN = "U0ERIN";
    private static final String CHANNEL = "C0PLATFORM";
    private static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    private static final Instant ASKED = Instant.parse("2026-05-01T12:00:00.123Z");

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").tag("peerbot:owner", APP_OWNER)
            .cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
            .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build();
    private final VpcSnapshot db = Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", DB_OWNER)
            .cidr("10.1.0.0/16").subnet("subnet-0bbb0002", "10.1.1.0/24")
            .instance("i-0bbb0002", "subnet-0bbb0002", "sg-0bbb0002").build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final InMemoryPeerings peerings = new InMemoryPeerings(ec2);
    private final RecordingChat chat = new RecordingChat();
    private PeeringEngine engine;
    private UseCases useCases;
    private boolean failureExpected;

    @BeforeEach
    void assemble() {
        engine = new PeeringEngine(ec2);
        useCases = UseCases.assemble(ec2, peerings, engine, chat, Unused.ownersFile(), Unused.directory(),
                Unused.remoteCommands(), Runnable::run, new Policies(Set.of(), Set.of(), List.of(),
                        Duration.ofMinutes(5), Duration.ofSeconds(10), Clock.systemUTC()), Unused.painter());
    }

    @AfterEach
    void noUnexpectedFailure() {
        assertThat(chat.all(Notice.ChangeFailed.class)).as("no unexpected failure").allMatch(f -> failureExpected);
    }

    @Test
    void theLastOwnerToApproveStartsTheApplyAndIsToldSoBeforeAnyWrite() {
        ManagedPeering asked = requested();
        click(APP_OWNER, asked, asked.creation(), true);
        assertThat(ec2.writes()).containsExactly("CreateTags");
        assertThat(peerings.get(PCX).creation().awaiting()).containsExactly(Side.ACCEPTER);

        List<Integer> writesWhenToldApproved = new ArrayList<>();
        chat.onEach(() -> chat.all(Notice.Approved.class).stream().skip(1).findFirst()
                .filter(n -> writesWhenToldApproved.isEmpty()).ifPresent(n -> writesWhenToldApproved.add(
                        ec2.writes().size())));
        int before = ec2.calls().size();
        click(DB_OWNER, asked, asked.creation(), true);

        assertThat(writesWhenToldApproved).as("told before anything but recording the approval")
                .containsExactly(2);
        List<String> since = ec2.calls().subList(before, ec2.calls().size());
        assertThat(since).filteredOn(c -> c.startsWith("DescribeVpc ")).as("each VPC read once")
                .containsExactlyInAnyOrder("DescribeVpc vpc-0aaa0001", "DescribeVpc vpc-0bbb0002");
        assertThat(since).contains("AcceptVpcPeeringConnection", "CreateRoute", "AuthorizeSecurityGroupIngress");
        ManagedPeering applied = peerings.get(PCX);
        assertThat(applied.creation().state()).isEqualTo(ChangeState.DONE);
        assertThat(applied.stage()).isEqualTo(Stage.APPLIED);
        assertThat(chat.all(Notice.ChangeDone.class)).singleElement()
                .satisfies(done -> assertThat(done.change().kind()).isEqualTo(ChangeKind.CREATE));
        assertThat(chat.all(Notice.ChangeCard.class)).last()
                .satisfies(card -> assertThat(card.change().state()).isEqualTo(ChangeState.DONE));
    }

    @Test
    void aClickBySomeoneWhoOwnsNeitherSideChangesNothing() {
        ManagedPeering asked = requested();

        click(ERIN, asked, asked.creation(), true);

        assertThat(chat.toldPrivately(ERIN)).singleElement().isInstanceOfSatisfying(Notice.ClickRefused.class,
                r -> assertThat(r.why()).isInstanceOf(ClickVerdict.NotAnOwner.class));
        assertThat(ec2.writes()).isEmpty();
        assertThat(peerings.get(PCX)).isEqualTo(asked);
    }

    @Test
    void aClickOnADecidedChangeIsRefused() {
        ManagedPeering asked = requested();
        click(APP_OWNER, asked, asked.creation(), true);
        click(DB_OWNER, asked, asked.creation(), true);
        int writes = ec2.writes().size();

        click(APP_OWNER, asked, asked.creation(), false);

        assertThat(chat.toldPrivately(APP_OWNER)).singleElement().isInstanceOfSatisfying(Notice.ClickRefused.class,
                r -> assertThat(r.why()).isInstanceOf(ClickVerdict.AlreadyDecided.class));
        assertThat(ec2.writes()).hasSize(writes);
    }

    @Test
    void theSameClickTwiceIsHandledOnce() {
        ManagedPeering asked = requested();

        click(APP_OWNER, asked, asked.creation(), true);
        click(APP_OWNER, asked, asked.creation(), true);

        assertThat(chat.toldPrivately(APP_OWNER)).singleElement().isInstanceOf(Notice.ClickInProgress.class);
        assertThat(chat.all(Notice.Approved.class)).hasSize(1);
    }

    @Test
    void anApproveWhoseSaveFailedIsTakenWhenClickedAgainAtOnce() {
        ManagedPeering asked = requested();
        ec2.fail("CreateTags");
        click(APP_OWNER, asked, asked.creation(), true);
        assertThat(chat.toldPrivately(APP_OWNER)).singleElement().isInstanceOf(Notice.CouldNotFinish.class);
        assertThat(peerings.get(PCX).creation().awaiting()).containsExactlyInAnyOrder(Side.REQUESTER, Side.ACCEPTER);

        ec2.heal("CreateTags");
        click(APP_OWNER, asked, asked.creation(), true);

        assertThat(chat.toldPrivately(APP_OWNER)).noneMatch(Notice.ClickInProgress.class::isInstance);
        assertThat(chat.all(Notice.Approved.class)).singleElement()
                .satisfies(a -> assertThat(a.userId()).isEqualTo(APP_OWNER));
        assertThat(peerings.get(PCX).creation().awaiting()).containsExactly(Side.ACCEPTER);
    }

    @Test
    void anApproveWhoseReadingOfAwsFailedIsTakenWhenClickedAgainAtOnce() {
        ManagedPeering asked = requested();
        ec2.fail("DescribeVpc " + app.id());
        click(APP_OWNER, asked, asked.creation(), true);
        assertThat(chat.toldPrivately(APP_OWNER)).singleElement().isInstanceOf(Notice.CouldNotFinish.class);

        ec2.heal("DescribeVpc " + app.id());
        click(APP_OWNER, asked, asked.creation(), true);

        assertThat(chat.toldPrivately(APP_OWNER)).noneMatch(Notice.ClickInProgress.class::isInstance);
        assertThat(chat.all(Notice.Approved.class)).hasSize(1);
        assertThat(peerings.get(PCX).creation().awaiting()).containsExactly(Side.ACCEPTER);
    }

    @Test
    void aDenialAwsRefusedIsTakenWhenClickedAgainAtOnce() {
        ManagedPeering asked = requested();
        ec2.fail("RejectVpcPeeringConnection");
        click(DB_OWNER, asked, asked.creation(), false);
        assertThat(chat.all(Notice.DenialFailed.class)).hasSize(1);
        assertThat(peerings.get(PCX).stage()).isNotEqualTo(Stage.DENIED);

        ec2.heal("RejectVpcPeeringConnection");
        click(DB_OWNER, asked, asked.creation(), false);

        assertThat(chat.toldPrivately(DB_OWNER)).noneMatch(Notice.ClickInProgress.class::isInstance);
        assertThat(peerings.get(PCX).stage()).isEqualTo(Stage.DENIED);
        assertThat(chat.all(Notice.Denied.class)).singleElement()
                .satisfies(d -> assertThat(d.userId()).isEqualTo(DB_OWNER));
    }

    @Test
    void aDenialRejectsThePeeringAndAddsNothing() {
        ManagedPeering asked = requested();

        click(DB_OWNER, asked, asked.creation(), false);

        assertThat(ec2.writes()).containsExactly("RejectVpcPeeringConnection", "CreateTags");
        assertThat(peerings.get(PCX).stage()).isEqualTo(Stage.DENIED);
        assertThat(peerings.get(PCX).creation().deniedBy()).isEqualTo(DB_OWNER);
        assertThat(chat.all(Notice.Denied.class)).singleElement()
                .satisfies(d -> assertThat(d.userId()).isEqualTo(DB_OWNER));
    }

    @Test
    void aReplayedButtonOfAnEarlierChangeDecidesNothing() {
        ManagedPeering applied = applied();
        Change first = Change.asked(ChangeKind.DELETE, List.of(), ALICE, ASKED.plusSeconds(60), Set.of());
        Change second = Change.asked(ChangeKind.DELETE, List.of(), ALICE, ASKED.plusSeconds(120), Set.of());
        peerings.put(applied.ask(first).deny(first.ref(), DB_OWNER).ask(second));
        int writes = ec2.writes().size();

        click(DB_OWNER, applied, first, true);

        assertThat(chat.toldPrivately(DB_OWNER)).singleElement().isInstanceOf(Notice.StaleButton.class);
        assertThat(ec2.writes()).hasSize(writes);
        assertThat(peerings.get(PCX).later().state()).isEqualTo(ChangeState.AWAITING_APPROVAL);
    }

    @Test
    void aFailedApplyIsFinishedByRetryWithTheApprovalsGiven() {
        failureExpected = true;
        ManagedPeering asked = requested();
        ec2.fail("CreateRoute");
        click(APP_OWNER, asked, asked.creation(), true);
        click(DB_OWNER, asked, asked.creation(), true);
        assertThat(peerings.get(PCX).stage()).isEqualTo(Stage.FAILED);
        assertThat(chat.all(Notice.ChangeFailed.class)).singleElement()
                .satisfies(f -> assertThat(f.why()).isInstanceOfSatisfying(Problem.Cloud.class,
                        cloud -> assertThat(cloud.action()).isEqualTo("CreateRoute")));

        ec2.heal("CreateRoute");
        useCases.commands().onCommand(new Actor(ALICE, CHANNEL), "retry " + PCX);

        assertThat(chat.all(Notice.Retrying.class)).singleElement()
                .satisfies(r -> assertThat(r.change().kind()).isEqualTo(ChangeKind.CREATE));
        assertThat(peerings.get(PCX).stage()).isEqualTo(Stage.APPLIED);
        assertThat(peerings.get(PCX).creation().approvals()).extracting(a -> a.userId())
                .containsExactly(APP_OWNER, DB_OWNER);
        assertThat(chat.all(Notice.ChangeDone.class)).hasSize(1);
    }

    @Test
    void aChangeCutShortByARestartIsFinishedOnStart() {
        ManagedPeering applied = applied();
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), ALICE, ASKED.plusSeconds(60),
                Set.of());
        ManagedPeering approved = applied.ask(open)
                .approve(open.ref(), new io.peerbot.domain.lifecycle.Approval(Side.REQUESTER, APP_OWNER, ASKED))
                .approve(open.ref(), new io.peerbot.domain.lifecycle.Approval(Side.ACCEPTER, DB_OWNER, ASKED))
                .begin(open.ref());
        peerings.put(approved);
        int before = ec2.writes().size();

        List<PcxId> resumed = useCases.resume().resume();

        assertThat(resumed).containsExactly(PCX);
        assertThat(chat.all(Notice.Resuming.class)).singleElement()
                .satisfies(r -> assertThat(r.change().kind()).isEqualTo(ChangeKind.OPEN));
        assertThat(ec2.writes().subList(before, ec2.writes().size())).contains("AuthorizeSecurityGroupIngress")
                .doesNotContain("CreateRoute", "AcceptVpcPeeringConnection");
        assertThat(peerings.get(PCX).later().state()).isEqualTo(ChangeState.DONE);
        assertThat(peerings.get(PCX).portsInForce()).containsExactlyElementsOf(PortList.parse("tcp:5432,tcp:6379"));
        assertThat(peerings.get(PCX).creation().ports()).containsExactlyElementsOf(PortList.parse("tcp:5432"));
    }

    /** The creation asked for by alice, recorded, awaiting both owners. */
    private ManagedPeering requested() {
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.PENDING_ACCEPTANCE);
        Change creation = Change.asked(ChangeKind.CREATE, PortList.parse("tcp:5432"), ALICE, ASKED, Set.of());
        ManagedPeering asked = new ManagedPeering(PCX, Vpcs.side(app), Vpcs.side(db),
                new MessageRef(CHANNEL, "1700000000.000100"),
                new PeeringOptions(PortList.parse("tcp:5432"), List.of(), false, false, "reports"), creation, null);
        peerings.put(asked);
        return asked;
    }

    /** The creation approved by both owners and applied. */
    private ManagedPeering applied() {
        ManagedPeering asked = requested();
        click(APP_OWNER, asked, asked.creation(), true);
        click(DB_OWNER, asked, asked.creation(), true);
        assertThat(peerings.get(PCX).stage()).isEqualTo(Stage.APPLIED);
        return peerings.get(PCX);
    }

    private void click(String user, ManagedPeering peering, Change change, boolean approve) {
        String reference = ChangeReference.to(peering, change).encode();
        if (approve) {
            useCases.commands().onApprove(new Actor(user, CHANNEL), reference);
        } else {
            useCases.commands().onDeny(new Actor(user, CHANNEL), reference);
        }
    }
}
