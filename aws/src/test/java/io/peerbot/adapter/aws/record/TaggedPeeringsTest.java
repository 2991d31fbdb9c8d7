package io.peerbot.adapter.aws.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.Ec2Gateway;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.peering.PeeringStatus;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.standin.ec2.Hold;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records sealed into both accounts' view of a peering, through the SDK, against the EC2 stand-in. */
class TaggedPeeringsTest {
    private static final String REGION = "us-east-1";
    private static final MessageRef THREAD = new MessageRef("C0PLATFORM", "1732870000.123456");

    private final StandInAws aws = new StandInAws();
    private final SealKeys keys = SealKeys.parse(SealKeys.randomValue("test"));
    private final TaggedPeerings peerings = new TaggedPeerings(aws.gateways, keys);
    private final PeeringSide requester = side(StandInAws.A, "app-vpc", "10.0.0.0/16");
    private final PeeringSide accepter = side(StandInAws.B, "billing", "10.20.0.0/16");

    @AfterEach
    void close() {
        aws.close();
    }

    @Test
    void aReasonIsKeptWholeOrRefusedNeverCutShort() {
        String plain = "orders service reads the billing DB: INC-4711 ask @alice ".repeat(5);
        String japanese = "請求データベースを読む注文サービス".repeat(3);

        assertThat(peerings.keepsWhole(plain.substring(0, 256))).isTrue();
        assertThat(peerings.keepsWhole(plain.substring(0, 257))).isFalse();
        assertThat(peerings.keepsWhole(japanese.substring(0, 28))).as("three bytes of UTF-8 each, 9 characters")
                .isTrue();
        assertThat(peerings.keepsWhole(japanese.substring(0, 29))).isFalse();
        assertThat(peerings.keepsWhole(japanese)).isFalse();
    }

    @Test
    void theCreatedRecordIsSealedInBothAccountsAndEachSaveCountsUp() {
        PcxId id = peerings.create(draft("orders, nightly"), "app-vpc", "billing");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());

        assertThat(stored.tags()).containsEntry("peerbot:seq", "1").containsKey("peerbot:seal");
        assertThat(stored.accepterTags()).containsEntry("peerbot:managed", "true")
                .containsEntry("peerbot:seal", stored.tags().get("peerbot:seal"));

        peerings.save(draft("orders, nightly").withId(id));

        assertThat(stored.tags()).containsEntry("peerbot:seq", "2");
        assertThat(stored.accepterTags()).containsEntry("peerbot:seq", "2");
        assertThat(peerings.find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);
        assertThat(peerings.find(id, accepter.location())).isInstanceOf(ManagedPeerings.Found.class);
    }

    @Test
    void aNewPeeringIsRecordedWithTheTagsItWasMadeWithWithoutDescribingItAgain() {
        int before = aws.ec2.calls().mark();

        PcxId id = peerings.create(draft("orders, nightly"), "app-vpc", "billing");

        assertThat(aws.ec2.calls().since(before)).filteredOn(c -> c.service().equals("ec2")).extracting(c -> c.action())
                .containsExactly("CreateVpcPeeringConnection", "CreateTags", "CreateTags");
        assertThat(peerings.find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);
        assertThat(peerings.find(id, accepter.location())).isInstanceOf(ManagedPeerings.Found.class);
    }

    @Test
    void theAccepterAccountSeesThePeeringNamedAndIdentifiedLikeTheRequesterDoesWrittenInItsOwnAccount() {
        PcxId id = peerings.create(draft("orders, nightly"), "app-vpc", "billing");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());

        assertThat(stored.accepterTags()).containsEntry("Name", "peerbot app-vpc to billing")
                .containsEntry("Name", stored.tags().get("Name"))
                .containsEntry("peerbot:managed", "true")
                .containsEntry("peerbot:channel", THREAD.channel())
                .containsEntry("peerbot:thread", THREAD.ts());
        assertThat(aws.ec2.calls().of("CreateTags")).filteredOn(c -> c.account().equals(StandInAws.B))
                .isNotEmpty().allSatisfy(c -> assertThat(c.succeeded()).isTrue());
        assertThat(peerings.find(id, accepter.location())).isInstanceOf(ManagedPeerings.Found.class);
    }

    @Test
    void aPeeringTheAccepterAccountSeesOnlyAfterAWhileIsStillRecordedThere() {
        aws.ec2.settings().accepterSeesNewPeeringsAfter(3);

        PcxId id = peerings.create(draft(""), "app-vpc", "billing");

        assertThat(aws.ec2.state().peering(id.value()).accepterTags()).containsEntry("peerbot:managed", "true")
                .containsKey("Name");
        assertThat(peerings.find(id, accepter.location())).isInstanceOf(ManagedPeerings.Found.class);
        assertThat(aws.time.waited()).isPositive();
    }

    @Test
    void aSaveAfterAVerifiedReadDescribesThePeeringNoMoreButASaveAfterAnUntrustedOneReadsItAfresh() {
        PcxId id = peerings.create(draft("orders, nightly"), "app-vpc", "billing");
        ManagedPeering found = ((ManagedPeerings.Found) peerings.find(id, requester.location())).peering();
        int read = aws.ec2.calls().mark();

        peerings.save(found);

        assertThat(aws.ec2.calls().since(read)).noneMatch(c -> c.action().startsWith("Describe"));
        assertThat(aws.ec2.state().peering(id.value()).tags()).containsEntry("peerbot:seq", "2");

        aws.ec2.state().peering(id.value()).tagsOf(StandInAws.A, REGION).put("peerbot:ports", "tcp:1-65535");
        assertThat(peerings.find(id, requester.location())).isInstanceOf(ManagedPeerings.Untrusted.class);
        int untrusted = aws.ec2.calls().mark();

        peerings.save(found);

        assertThat(aws.ec2.calls().since(untrusted)).anyMatch(c -> c.action().equals("DescribeVpcPeeringConnections"));
    }

    @Test
    void aTagTheNewRecordNoLongerHasIsKeptEmptySoEachCopyIsWrittenInOneCall() {
        PcxId id = peerings.create(draft("orders, nightly"), "app-vpc", "billing");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());
        assertThat(stored.tags()).containsKey("peerbot:reason");
        int before = aws.ec2.calls().mark();

        peerings.save(draft("").withId(id));

        assertThat(aws.ec2.calls().since(before)).filteredOn(c -> c.service().equals("ec2")).extracting(c -> c.action())
                .as("a save stopped at any point leaves whole copies").containsExactly("CreateTags", "CreateTags");
        assertThat(stored.tags()).containsEntry("peerbot:reason", "").containsEntry("peerbot:seq", "2");
        assertThat(stored.accepterTags()).containsEntry("peerbot:reason", "");
        assertThat(peerings.find(id, requester.location())).isInstanceOfSatisfying(ManagedPeerings.Found.class,
                found -> assertThat(found.peering().options().reason()).isEmpty());
        assertThat(peerings.find(id, accepter.location())).isInstanceOf(ManagedPeerings.Found.class);
    }

    @Test
    void leftoverTagsThatWouldPassEc2sTagLimitAreRemovedBeforeTheNewRecordIsWritten() {
        PcxId id = peerings.create(draft("orders, nightly"), "app-vpc", "billing");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());
        Tags requesterCopy = stored.tagsOf(StandInAws.A, REGION);
        // someone else's tags fill the peering up to EC2's limit
        for (int n = requesterCopy.asMap().size(); n < PeeringRecord.MAX_TAGS; n++) {
            requesterCopy.put("team:" + n, "x");
        }
        peerings.find(id, requester.location());
        int before = aws.ec2.calls().mark();

        // no reason (its tag left over), but subnets (a tag the record did not have)
        peerings.save(withSubnet(draft("").withId(id)));

        assertThat(aws.ec2.calls().since(before)).filteredOn(c -> c.account().equals(StandInAws.A))
                .extracting(c -> c.action()).containsExactly("DeleteTags", "CreateTags");
        assertThat(stored.tags()).doesNotContainKey("peerbot:reason").containsKey("peerbot:subnets")
                .hasSize(PeeringRecord.MAX_TAGS);
        assertThat(aws.ec2.calls().since(before)).allSatisfy(c -> assertThat(c.succeeded()).isTrue());
        assertThat(peerings.find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);
    }

    @Test
    void anEditInOneAccountIsUntrustedAndTheOtherCopyNamesTheThread() {
        PcxId id = peerings.create(draft(""), "app-vpc", "billing");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());
        stored.tagsOf(StandInAws.A, REGION).put("peerbot:ports", "tcp:1-65535");

        assertThat(peerings.find(id, requester.location())).isInstanceOfSatisfying(ManagedPeerings.Untrusted.class,
                untrusted -> {
                    assertThat(untrusted.thread()).contains(THREAD);
                    assertThat(untrusted.why()).contains("requester account " + StandInAws.A,
                            "the seal does not match");
                });
        assertThat(peerings.managedIn(requester.location())).singleElement()
                .isInstanceOf(ManagedPeerings.Untrusted.class);
    }

    @Test
    void aSaveHalfDoneWhenAnotherReplicaReadsIsReadFromItsNewerCopyNotTakenForARollback() throws Exception {
        PcxId id = peerings.create(draft(""), "app-vpc", "billing");
        Hold accepterStillToWrite = aws.ec2.faults().holdAfterApply("CreateTags",
                (account, params) -> account.equals(StandInAws.A));
        Thread saving = new Thread(() -> peerings.save(draft("orders").withId(id)), "saving");
        saving.start();
        assertThat(accepterStillToWrite.awaitHeld(Duration.ofSeconds(10))).isTrue();
        List<Duration> waited = new ArrayList<>();
        TaggedPeerings otherReplica = new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), waited::add);

        try {
            assertThat(otherReplica.find(id, accepter.location())).isInstanceOfSatisfying(
                    ManagedPeerings.Found.class, found -> assertThat(found.peering().options().reason())
                            .isEqualTo("orders"));
            assertThat(waited).as("the copies one save apart need no second look").isEmpty();
        } finally {
            accepterStillToWrite.release();
            saving.join();
        }
    }

    @Test
    void aSaveThatReachedOneAccountOnlyIsReadFromTheNewerCopyWithoutALedgerAndTheNextSaveWritesBoth() {
        PcxId id = peerings.create(draft(""), "app-vpc", "billing");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());
        aws.ec2.deny(StandInAws.B, "ec2:CreateTags");

        assertThatThrownBy(() -> peerings.save(draft("orders").withId(id))).isInstanceOf(CloudException.class);
        assertThat(stored.tags()).containsEntry("peerbot:seq", "2");
        assertThat(stored.accepterTags()).containsEntry("peerbot:seq", "1");

        for (Location seenFrom : List.of(requester.location(), accepter.location())) {
            assertThat(new TaggedPeerings(aws.gateways, keys).find(id, seenFrom)).as("read from %s", seenFrom)
                    .isInstanceOfSatisfying(ManagedPeerings.Found.class, found ->
                            assertThat(found.peering().options().reason()).isEqualTo("orders"));
        }
        aws.ec2.allow(StandInAws.B, "ec2:CreateTags");
        peerings.save(((ManagedPeerings.Found) peerings.find(id, accepter.location())).peering());
        assertThat(stored.tags()).containsEntry("peerbot:seq", "3");
        assertThat(stored.accepterTags()).containsEntry("peerbot:seq", "3")
                .containsEntry("peerbot:reason", "orders");
    }

    @Test
    void aRequestWhoseFirstSaveFailsIsWithdrawnSoNoPeeringIsLeftPendingThatTheAskerWasToldWasNotMade() {
        aws.ec2.deny(StandInAws.B, "ec2:CreateTags");

        assertThatThrownBy(() -> peerings.create(draft(""), "app-vpc", "billing"))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.action()).isEqualTo("CreateTags"));

        assertThat(aws.ec2.state().peerings()).singleElement()
                .satisfies(made -> assertThat(made.status().code()).isEqualTo("deleted"));
    }

    @Test
    void aFirstSaveThatStoppedBeforeTheAccepterAccountIsFoundFromEitherAccountWithoutALedger() {
        aws.ec2.deny(StandInAws.B, "ec2:CreateTags");
        aws.ec2.deny(StandInAws.A, "ec2:DeleteVpcPeeringConnection");
        assertThatThrownBy(() -> peerings.create(draft("orders"), "app-vpc", "billing"))
                .isInstanceOf(CloudException.class);
        StoredPeeringConnection stored = aws.ec2.state().peerings().get(0);
        PcxId id = new PcxId(stored.id());
        assertThat(stored.accepterTags()).doesNotContainKey("peerbot:managed");

        for (Location seenFrom : List.of(requester.location(), accepter.location())) {
            assertThat(new TaggedPeerings(aws.gateways, keys).find(id, seenFrom)).as("read from %s", seenFrom)
                    .isInstanceOfSatisfying(ManagedPeerings.Found.class, found ->
                            assertThat(found.peering().options().reason()).isEqualTo("orders"));
        }
    }

    @Test
    void aRequestCreatedButNeverSavedIsFoundUnsavedWithItsCardAndIsOnlyWithdrawn() {
        aws.ec2.faults().on("CreateTags").serverErrors(1.0);
        aws.ec2.deny(StandInAws.A, "ec2:DeleteVpcPeeringConnection");
        assertThatThrownBy(() -> peerings.create(draft("orders"), "app-vpc", "billing"))
                .isInstanceOfSatisfying(ManagedPeerings.LeftPending.class, left ->
                        assertThat(left.id().value()).isEqualTo(aws.ec2.state().peerings().get(0).id()));
        aws.ec2.faults().clear();
        aws.ec2.allow(StandInAws.A, "ec2:DeleteVpcPeeringConnection");
        StoredPeeringConnection stored = aws.ec2.state().peerings().get(0);
        PcxId id = new PcxId(stored.id());
        assertThat(stored.tags()).as("as created").containsEntry("peerbot:seq", "0").containsKey("peerbot:seal");
        List<Duration> waited = new ArrayList<>();
        TaggedPeerings afterARestart = new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), waited::add);

        ManagedPeerings.Lookup lookup = afterARestart.find(id, requester.location());

        assertThat(lookup).isInstanceOfSatisfying(ManagedPeerings.Unsaved.class, unsaved -> {
            assertThat(unsaved.card()).contains(THREAD);
            assertThat(unsaved.askedAt()).isEqualTo(asked);
            assertThat(unsaved.requesterAt()).isEqualTo(requester.location());
            assertThat(unsaved.status()).isEqualTo(PeeringStatus.PENDING_ACCEPTANCE);
        });
        assertThat(waited).as("looked at again, as a save may be under way").hasSize(3);
        assertThat(afterARestart.find(id, accepter.location())).isInstanceOf(ManagedPeerings.Unsaved.class);
        assertThat(afterARestart.managedIn(requester.location())).singleElement()
                .isInstanceOf(ManagedPeerings.Unsaved.class);
        assertThat(afterARestart.withdraw((ManagedPeerings.Unsaved) lookup)).isEqualTo(PeeringStatus.DELETED);
        assertThat(stored.status().code()).isEqualTo("deleted");

        List<Duration> waitedOnceDeleted = new ArrayList<>();
        assertThat(new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), waitedOnceDeleted::add)
                .find(id, requester.location())).isInstanceOfSatisfying(ManagedPeerings.Unsaved.class,
                        unsaved -> assertThat(unsaved.status()).isEqualTo(PeeringStatus.DELETED));
        assertThat(waitedOnceDeleted).as("no save is coming for a request no longer pending").isEmpty();
    }

    @Test
    void theRecordARequestWasCreatedWithCopiedOntoAnotherPeeringOrEditedIsUntrusted() {
        aws.ec2.faults().on("CreateTags").serverErrors(1.0);
        aws.ec2.deny(StandInAws.A, "ec2:DeleteVpcPeeringConnection");
        assertThatThrownBy(() -> peerings.create(draft("orders"), "app-vpc", "billing"))
                .isInstanceOf(CloudException.class);
        aws.ec2.faults().clear();
        StoredPeeringConnection unsaved = aws.ec2.state().peerings().get(0);
        StoredPeeringConnection copy = aws.ec2.seed().peering(
                aws.ec2.seed().account(StandInAws.A).region(REGION).vpc("other-app", "10.60.0.0/16"),
                aws.ec2.seed().account(StandInAws.B).region(REGION).vpc("other-db", "10.50.0.0/16"),
                StoredPeeringConnection.Status.PENDING_ACCEPTANCE).connection();
        copy.tagsOf(StandInAws.A, REGION).putAll(unsaved.tags());
        PcxId elsewhere = new PcxId(copy.id());
        TaggedPeerings reader = new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), wait -> { });

        assertThat(reader.find(elsewhere, requester.location())).as("copied onto a peering with another VPC")
                .isInstanceOf(ManagedPeerings.Untrusted.class);
        unsaved.tagsOf(StandInAws.A, REGION).put("peerbot:ports", "tcp:1-65535");
        assertThat(reader.find(new PcxId(unsaved.id()), requester.location())).as("edited")
                .isInstanceOf(ManagedPeerings.Untrusted.class);
    }

    @Test
    void theRecordARequestWasCreatedWithCopiedOntoALaterRequestBetweenTheSameVpcsIsUntrusted() {
        aws.ec2.faults().on("CreateTags").serverErrors(1.0);
        aws.ec2.deny(StandInAws.A, "ec2:DeleteVpcPeeringConnection");
        assertThatThrownBy(() -> peerings.create(draft("orders"), "app-vpc", "billing"))
                .isInstanceOf(ManagedPeerings.LeftPending.class);
        aws.ec2.faults().clear();
        aws.ec2.allow(StandInAws.A, "ec2:DeleteVpcPeeringConnection");
        StoredPeeringConnection original = aws.ec2.state().peerings().get(0);
        Map<String, String> recordAsCreated = Map.copyOf(original.tags());
        Ec2Gateway requesters = aws.gateways.at(requester.location());
        requesters.deletePeering(original.id());
        // AWS allows one request between two VPCs at a time: the copy goes on one made after, here an hour after
        aws.ec2.settings().pendingPeeringExpiry(Duration.ofDays(7).plusHours(1));
        PcxId later = new PcxId(requesters.createPeering(requester.vpcId(), accepter.vpcId(), accepter.location(),
                recordAsCreated));

        ManagedPeerings.Lookup lookup = new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), wait -> { })
                .find(later, requester.location());

        assertThat(lookup).isInstanceOfSatisfying(ManagedPeerings.Untrusted.class,
                untrusted -> assertThat(untrusted.why()).contains("copied from another request"));
    }

    @Test
    void aRecordTheAccepterAccountStrippedOfItsManagedTagIsUntrustedThereNotSomeoneElsesPeering() {
        PcxId id = peerings.create(draft(""), "app-vpc", "billing");
        peerings.save(draft("orders").withId(id));
        aws.ec2.state().peering(id.value()).tagsOf(StandInAws.B, REGION).remove("peerbot:managed", null);

        assertThat(new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), wait -> { })
                .find(id, accepter.location())).isInstanceOfSatisfying(ManagedPeerings.Untrusted.class,
                        untrusted -> assertThat(untrusted.why()).contains("accepter account " + StandInAws.B));
    }

    @Test
    void aRecordTheRequesterAccountStrippedOfItsManagedTagIsUntrustedAndStillListedNotDisowned() {
        PcxId id = peerings.create(draft(""), "app-vpc", "billing");
        peerings.save(draft("orders").withId(id));
        TaggedPeerings otherReplica = new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), wait -> { });

        aws.ec2.state().peering(id.value()).tagsOf(StandInAws.A, REGION).remove("peerbot:managed", null);

        assertThat(otherReplica.find(id, requester.location())).isInstanceOfSatisfying(ManagedPeerings.Untrusted.class,
                untrusted -> assertThat(untrusted.why()).contains("requester account " + StandInAws.A));
        assertThat(otherReplica.managedIn(requester.location())).as("the watches still see it")
                .singleElement().isInstanceOf(ManagedPeerings.Untrusted.class);

        aws.ec2.state().peering(id.value()).tagsOf(StandInAws.A, REGION).put("peerbot:managed", "false");
        assertThat(otherReplica.find(id, requester.location())).isInstanceOf(ManagedPeerings.Untrusted.class);
    }

    @Test
    void anEditStaysUntrustedThroughEveryLookAgain() {
        PcxId id = peerings.create(draft(""), "app-vpc", "billing");
        aws.ec2.state().peering(id.value()).tagsOf(StandInAws.B, REGION).put("peerbot:ports", "tcp:1-65535");
        List<Duration> waited = new ArrayList<>();
        TaggedPeerings otherReplica = new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), waited::add);

        assertThat(otherReplica.find(id, requester.location())).isInstanceOf(ManagedPeerings.Untrusted.class);
        assertThat(waited).as("looked again at once, then twice more a moment later")
                .containsExactly(Duration.ZERO, Duration.ofMillis(100), Duration.ofMillis(400));
    }

    @Test
    void blankingARecordsTagOrRemovingOneKeptEmptyByHandIsAnEdit() {
        PcxId id = peerings.create(draft("orders, nightly"), "app-vpc", "billing");
        peerings.save(draft("").withId(id));
        Tags requesterCopy = aws.ec2.state().peering(id.value()).tagsOf(StandInAws.A, REGION);
        assertThat(requesterCopy.asMap()).containsEntry("peerbot:reason", "");
        TaggedPeerings otherReplica = new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), wait -> { });

        requesterCopy.remove("peerbot:reason", null);
        assertThat(otherReplica.find(id, requester.location())).as("a tag kept empty, removed")
                .isInstanceOfSatisfying(ManagedPeerings.Untrusted.class,
                        untrusted -> assertThat(untrusted.why()).contains("the seal does not match"));

        requesterCopy.put("peerbot:reason", "");
        assertThat(otherReplica.find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);
        requesterCopy.put("peerbot:test", "");
        assertThat(otherReplica.find(id, requester.location())).as("a value blanked, though blank reads as absent")
                .isInstanceOfSatisfying(ManagedPeerings.Untrusted.class,
                        untrusted -> assertThat(untrusted.why()).contains("the seal does not match"));
    }

    @Test
    void aRecordUnreadableAtFirstIsLookedAtAgainAndReadOnceItIsWhole() {
        PcxId id = peerings.create(draft(""), "app-vpc", "billing");
        Tags requesterCopy = aws.ec2.state().peering(id.value()).tagsOf(StandInAws.A, REGION);
        String ports = requesterCopy.asMap().get("peerbot:ports");
        requesterCopy.remove("peerbot:ports", null);
        List<Duration> waited = new ArrayList<>();
        TaggedPeerings otherReplica = new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), wait -> {
            waited.add(wait);
            requesterCopy.put("peerbot:ports", ports);
        });

        assertThat(otherReplica.find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);
        assertThat(waited).containsExactly(Duration.ZERO);

        requesterCopy.remove("peerbot:ports", null);
        assertThat(new TaggedPeerings(aws.gateways, keys, SequenceLedger.none(), wait -> { })
                .find(id, requester.location())).as("still unreadable at every look")
                .isInstanceOfSatisfying(ManagedPeerings.Unreadable.class,
                        unreadable -> assertThat(unreadable.why()).contains("peerbot:ports"));
    }

    @Test
    void theConnectivityTestsSummaryIsNotPartOfTheSealedRecord() {
        PcxId id = peerings.create(draft(""), "app-vpc", "billing");
        aws.ec2.state().peering(id.value()).tagsOf(StandInAws.A, REGION).put("peerbot:last-test", "pass");

        assertThat(peerings.find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);
    }

    private ManagedPeering withSubnet(ManagedPeering peering) {
        String subnet = aws.ec2.seed().account(StandInAws.A).region(REGION).vpc("other", "10.40.0.0/16")
                .subnet("other-a", "10.40.1.0/24").id();
        PeeringOptions options = peering.options();
        return new ManagedPeering(peering.id(), peering.requester(), peering.accepter(), peering.thread(),
                new PeeringOptions(options.ports(), List.of(subnet), options.dns(), options.test(), options.reason()),
                peering.creation(), null);
    }

    /** When the drafts are asked for: now, as EC2 (the stand-in's clock) makes their connections now. */
    private final Instant asked = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

    private ManagedPeering draft(String reason) {
        PeeringOptions options = new PeeringOptions(PortList.parse("tcp:443"), List.of(), false, true, reason);
        Change creation = Change.asked(ChangeKind.CREATE, options.ports(), "U0ALICE", asked, java.util.Set.of());
        assertThat(creation.state()).isEqualTo(ChangeState.AWAITING_APPROVAL);
        return new ManagedPeering(null, requester, accepter, THREAD, options, creation, null);
    }

    private PeeringSide side(String account, String name, String cidr) {
        String vpcId = aws.ec2.seed().account(account).region(REGION).vpc(name, cidr).vpc().id();
        return new PeeringSide(vpcId, new Location(account, REGION), List.of(Cidr.parse(cidr)));
    }
}
