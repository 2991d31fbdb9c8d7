package io.peerbot.application.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.application.engine.PeeringEngine;
import io.peerbot.application.engine.Reading;
import io.peerbot.application.port.Actor;
import io.peerbot.application.port.Caller;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.Vpcs;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeReference;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.Stage;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.SecurityRule;
import io.peerbot.domain.network.VpcSnapshot;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.plan.PlanDifference;
import io.peerbot.domain.plan.RuleChange;
import io.peerbot.domain.traffic.PortList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approvals are consent to the plan the card showed: app-vpc is owned by U0APPOWN, db-vpc by U0DBOWN; U0ALICE
 * asks and owns neither. Between the request and the decisive click, db-vpc changes.
 */
class PlanBindingFlowsTest {
    private static final String ALICE = "U0ALICE";
    private static final String APP_OWNER = "U0APPOWN";
    private static final String DB_OWNER = "U0DBOWN";
    private static final String CHANNEL = "C0PLATFORM";
    private static final PcxId PCX = new PcxId("pcx-0a1b2c3d");
    private static final Instant ASKED = Instant.parse("2026-05-01T12:00:00.123Z");

    private final VpcSnapshot app = Vpcs.vpc("vpc-0aaa0001").name("app-vpc").tag("peerbot:owner", APP_OWNER)
            .cidr("10.0.0.0/16").subnet("subnet-0aaa0001", "10.0.1.0/24")
            .instance("i-0aaa0001", "subnet-0aaa0001", "sg-0aaa0001").build();
    private final VpcSnapshot db = dbVpc().build();
    /** db-vpc once an instance with a group of its own was launched in its subnet. */
    private final VpcSnapshot dbWithNewInstance = dbVpc().instance("i-0bbb0099", "subnet-0bbb0002", "sg-0bbb0099")
            .build();
    private final InMemoryEc2 ec2 = new InMemoryEc2(Vpcs.HERE, app, db);
    private final InMemoryPeerings peerings = new InMemoryPeerings(ec2);
    private final RecordingChat chat = new RecordingChat();
    private PeeringEngine engine;
    private UseCases useCases;

    private static Vpcs.Builder dbVpc() {
        return Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", DB_OWNER)
                .cidr("10.1.0.0/16").subnet("subnet-0bbb0002", "10.1.1.0/24")
                .instance("i-0bbb0002", "subnet-0bbb0002", "sg-0bbb0002");
    }

    @BeforeEach
    void assemble() {
        engine = new PeeringEngine(ec2);
        useCases = UseCases.assemble(ec2, peerings, engine, chat, Unused.ownersFile(), Unused.directory(),
                Unused.remoteCommands(), Runnable::run, new Policies(Set.of(), Set.of(), List.of(),
                        Duration.ofMinutes(5), Duration.ofSeconds(10), Clock.systemUTC()), Unused.painter());
    }

    @Test
    void aPlanUnchangedSinceTheRequestIsAppliedOnTheDecisiveClickOnBehalfOfTheClicker() {
        ManagedPeering asked = requestedByCommand();
        assertThat(asked.creation().planDigest()).as("the card's plan is recorded").isNotEmpty();

        click(APP_OWNER, asked, true);
        click(DB_OWNER, asked, true);

        assertThat(peerings.get(asked.id()).stage()).isEqualTo(Stage.APPLIED);
        assertThat(chat.all(Notice.PlanChanged.class)).isEmpty();
        assertThat(ec2.authorizedGroups()).as("one way: the accepter's group only")
                .containsExactlyInAnyOrder("sg-0bbb0002");
        assertThat(ec2.callers()).as("every write of the apply names the decisive clicker and the peering")
                .isNotEmpty().allMatch(c -> c.equals(Caller.of(DB_OWNER, asked.id().value())));
    }

    @Test
    void aGroupThatAppearedAfterTheRequestIsNeverAppliedWithoutAnApprovalOfTheNewPlan() {
        ManagedPeering asked = requestedByCommand();
        String approvedDigest = asked.creation().planDigest();
        click(APP_OWNER, asked, true);
        ec2.replace(dbWithNewInstance);
        int writesBefore = ec2.writes().size();

        click(DB_OWNER, asked, true);

        assertThat(ec2.writes().subList(writesBefore, ec2.writes().size())).as("nothing applied but the record")
                .containsOnly("CreateTags");
        assertThat(ec2.status(asked.id().value())).isEqualTo(PeeringStatus.PENDING_ACCEPTANCE);
        Change replanned = peerings.get(asked.id()).creation();
        assertThat(replanned.state()).isEqualTo(ChangeState.AWAITING_APPROVAL);
        assertThat(replanned.approvals()).as("the owner's approval of the old plan is void").isEmpty();
        assertThat(replanned.planDigest()).isNotEmpty().isNotEqualTo(approvedDigest);
        assertThat(chat.all(Notice.PlanChanged.class)).singleElement().satisfies(changed -> {
            assertThat(changed.difference()).isPresent();
            PlanDifference.SideDifference accepter = changed.difference().get().side(Side.ACCEPTER);
            assertThat(accepter.groupsAdded()).containsExactly("sg-0bbb0099");
            assertThat(accepter.rulesAdded()).extracting(RuleChange::groupId).containsOnly("sg-0bbb0099");
            assertThat(changed.difference().get().side(Side.REQUESTER).isEmpty()).isTrue();
        });
        assertThat(chat.toldPrivately(DB_OWNER)).last().isInstanceOf(Notice.ApproveAgain.class);
        assertThat(chat.all(Notice.ChangeCard.class)).last().satisfies(card -> {
            assertThat(card.change().approvals()).isEmpty();
            assertThat(card.plan().additions().accepter().rules()).extracting(RuleChange::groupId)
                    .contains("sg-0bbb0099");
        });

        click(APP_OWNER, asked, true);
        click(DB_OWNER, asked, true);

        assertThat(peerings.get(asked.id()).stage()).isEqualTo(Stage.APPLIED);
        assertThat(ec2.authorizedGroups()).as("exactly the new plan")
                .containsExactlyInAnyOrder("sg-0bbb0002", "sg-0bbb0099");
    }

    @Test
    void subnetsThatAreGoneAtTheClickAreRefusedAndNeverWidenedToEverySubnet() {
        ec2.connect(PCX.value(), app.id(), db.id(), PeeringStatus.PENDING_ACCEPTANCE);
        PeeringOptions options = new PeeringOptions(PortList.parse("tcp:5432"), List.of("subnet-0bbb0002"), false,
                false, "reports");
        ManagedPeering asked = bound(new ManagedPeering(PCX, Vpcs.side(app), Vpcs.side(db),
                new MessageRef(CHANNEL, "1700000000.000100"), options,
                Change.asked(ChangeKind.CREATE, PortList.parse("tcp:5432"), ALICE, ASKED, Set.of()), null));
        peerings.put(asked);
        click(APP_OWNER, asked, true);
        ec2.replace(Vpcs.vpc("vpc-0bbb0002").name("db-vpc").tag("peerbot:owner", DB_OWNER).cidr("10.1.0.0/16")
                .subnet("subnet-0bbb0003", "10.1.2.0/24").instance("i-0bbb0003", "subnet-0bbb0003", "sg-0bbb0003")
                .build());
        int writesBefore = ec2.writes().size();

        click(DB_OWNER, asked, true);

        assertThat(ec2.writes()).hasSize(writesBefore);
        assertThat(chat.toldPrivately(DB_OWNER)).last().isInstanceOfSatisfying(Notice.SubnetsGone.class,
                gone -> assertThat(gone.subnetIds()).containsExactly("subnet-0bbb0002"));
        assertThat(chat.all(Notice.SubnetsGone.class)).as("said in the thread too").hasSize(2);
        assertThat(peerings.get(PCX).creation().awaiting()).containsExactly(Side.ACCEPTER);
        assertThat(ec2.authorizedGroups()).isEmpty();
    }

    @Test
    void aChangeCutShortByARestartWhosePlanChangedAwaitsApprovalAgainInsteadOfBeingApplied() {
        ManagedPeering asked = openBegunOnAnAppliedRequest();
        ec2.replace(dbWithNewInstance);
        int writesBefore = ec2.writes().size();

        useCases.resume().resume();

        assertThat(ec2.writes().subList(writesBefore, ec2.writes().size())).containsOnly("CreateTags");
        Change later = peerings.get(asked.id()).later();
        assertThat(later.state()).isEqualTo(ChangeState.AWAITING_APPROVAL);
        assertThat(later.approvals()).isEmpty();
        assertThat(chat.all(Notice.PlanChanged.class)).singleElement()
                .satisfies(changed -> assertThat(changed.change().kind()).isEqualTo(ChangeKind.OPEN));
        assertThat(chat.all(Notice.Resuming.class)).isEmpty();
    }

    @Test
    void anOpenDeniedAfterItsPlanChangedPartWayTakesAwayTheRulesItHadAddedAndItsPorts() {
        ManagedPeering asked = openBegunOnAnAppliedRequest();
        Change open = peerings.get(asked.id()).later();
        // cut short after its first rule; meanwhile an instance with a group of its own was launched
        ec2.replace(dbVpc().instance("i-0bbb0099", "subnet-0bbb0002", "sg-0bbb0099").group("sg-0bbb0002",
                new SecurityRule("sgr-0bbb6379", PortList.parse("tcp:6379").get(0),
                        Cidr.parse("10.0.0.0/16"), null, "peerbot " + asked.id().value()))
                .build());
        useCases.resume().resume();
        assertThat(peerings.get(asked.id()).later().state()).isEqualTo(ChangeState.AWAITING_APPROVAL);
        int writesBefore = ec2.writes().size();

        useCases.commands().onDeny(new Actor(DB_OWNER, CHANNEL),
                ChangeReference.to(peerings.get(asked.id()), open).encode());

        ManagedPeering denied = peerings.get(asked.id());
        assertThat(denied.later().state()).isEqualTo(ChangeState.DENIED);
        assertThat(denied.portsInForce()).as("the denied open's port is not in force")
                .doesNotContain(PortList.parse("tcp:6379").get(0));
        assertThat(ec2.writes().subList(writesBefore, ec2.writes().size())).contains("RevokeSecurityGroupIngress")
                .doesNotContain("AuthorizeSecurityGroupIngress");
        assertThat(chat.all(Notice.Denied.class)).last().satisfies(n -> assertThat(n.undone()).isTrue());
    }

    @Test
    void aTemporaryOpeningsEndAlsoClosesAnOpenAwaitingApprovalAgainAfterItBeganPartWay() {
        ManagedPeering asked = requestedByCommand();
        click(APP_OWNER, asked, true);
        click(DB_OWNER, asked, true);
        Change temporary = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), ALICE, ASKED.plusSeconds(60),
                Set.of(), ASKED.plusSeconds(180));
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:8080"), ALICE, ASKED.plusSeconds(120),
                Set.of());
        ManagedPeering opened = approvedByBoth(peerings.get(asked.id()).ask(temporary), temporary)
                .begin(temporary.ref()).finish(temporary.ref());
        // the second open began, stopped part-way, and its plan changed: it awaits its owners again
        ManagedPeering replanned = approvedByBoth(opened.ask(open), open).begin(open.ref())
                .replanned(open.ref(), "sha256:0b", Set.of());
        peerings.put(replanned);
        String label = "peerbot " + asked.id().value();
        ec2.replace(dbVpc().group("sg-0bbb0002",
                new SecurityRule("sgr-0bbb6379", PortList.parse("tcp:6379").get(0), Cidr.parse("10.0.0.0/16"), null,
                        label),
                new SecurityRule("sgr-0bbb8080", PortList.parse("tcp:8080").get(0), Cidr.parse("10.0.0.0/16"), null,
                        label)).build());
        int writesBefore = ec2.writes().size();

        useCases.expiry().look();

        ManagedPeering after = peerings.get(asked.id());
        assertThat(after.later().kind()).isEqualTo(ChangeKind.CLOSE);
        assertThat(after.later().ports()).containsExactlyInAnyOrderElementsOf(PortList.parse("tcp:6379,tcp:8080"));
        assertThat(after.later().state()).isEqualTo(ChangeState.DONE);
        assertThat(after.portsInForce()).containsExactly(PortList.parse("tcp:5432").get(0));
        assertThat(after.opening()).isEmpty();
        assertThat(ec2.writes().subList(writesBefore, ec2.writes().size())).contains("RevokeSecurityGroupIngress");
    }

    @Test
    void aClosingAtAnOpeningsEndThatFailedWaitsForARetryInsteadOfBeingAskedEveryLook() {
        ManagedPeering asked = requestedByCommand();
        click(APP_OWNER, asked, true);
        click(DB_OWNER, asked, true);
        Change temporary = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), ALICE, ASKED.plusSeconds(60),
                Set.of(), ASKED.plusSeconds(180));
        Change close = new Change(ChangeKind.CLOSE, PortList.parse("tcp:6379"), ALICE, ASKED.plusSeconds(240),
                temporary.approvals(), ChangeState.AWAITING_APPROVAL, null, null, "");
        ManagedPeering opened = approvedByBoth(peerings.get(asked.id()).ask(temporary), temporary)
                .begin(temporary.ref()).finish(temporary.ref());
        peerings.put(approvedByBoth(opened.ask(close), close).begin(close.ref()).fail(close.ref()));
        int writesBefore = ec2.writes().size();
        int saidBefore = chat.said().size();

        useCases.expiry().look();

        assertThat(peerings.get(asked.id()).later().ref()).isEqualTo(close.ref());
        assertThat(ec2.writes().subList(writesBefore, ec2.writes().size())).isEmpty();
        assertThat(chat.said()).hasSize(saidBefore);
    }

    private static ManagedPeering approvedByBoth(ManagedPeering peering, Change change) {
        return peering.approve(change.ref(), new Approval(Side.REQUESTER, APP_OWNER, ASKED))
                .approve(change.ref(), new Approval(Side.ACCEPTER, DB_OWNER, ASKED));
    }

    /** Alice's request applied, then her open of tcp:6379 approved by both owners and begun; returns the request. */
    private ManagedPeering openBegunOnAnAppliedRequest() {
        ManagedPeering asked = requestedByCommand();
        click(APP_OWNER, asked, true);
        click(DB_OWNER, asked, true);
        Change open = Change.asked(ChangeKind.OPEN, PortList.parse("tcp:6379"), ALICE, ASKED.plusSeconds(60),
                Set.of());
        peerings.put(approvedByBoth(bound(peerings.get(asked.id()).ask(open)), open).begin(open.ref()));
        return asked;
    }

    /** {@code /peer app-vpc db-vpc --ports tcp:5432} by alice, as she typed it. */
    private ManagedPeering requestedByCommand() {
        useCases.commands().onCommand(new Actor(ALICE, CHANNEL), "app-vpc db-vpc --ports tcp:5432");
        return peerings.managedIn(Vpcs.HERE).stream().filter(ManagedPeerings.Found.class::isInstance)
                .map(f -> ((ManagedPeerings.Found) f).peering()).findFirst()
                .orElseThrow(() -> new AssertionError(chat.said()));
    }

    /** The peering with its latest change bound to its plan as the VPCs are now, as asking it records. */
    private ManagedPeering bound(ManagedPeering peering) {
        Change change = peering.lastChange().orElse(peering.creation());
        Reading now = new Reading(PeeringStatus.PENDING_ACCEPTANCE, ec2.snapshot(app.id()), ec2.snapshot(db.id()));
        return peering.bind(change.ref(), engine.plan(peering, change, now).digest().value());
    }

    private void click(String user, ManagedPeering peering, boolean approve) {
        Change change = peerings.get(peering.id()).creation();
        String reference = ChangeReference.to(peering, change).encode();
        if (approve) {
            useCases.commands().onApprove(new Actor(user, CHANNEL), reference);
        } else {
            useCases.commands().onDeny(new Actor(user, CHANNEL), reference);
        }
    }
}
