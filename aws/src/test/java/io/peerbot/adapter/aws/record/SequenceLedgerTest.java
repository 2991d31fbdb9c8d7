package io.peerbot.adapter.aws.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.peerbot.adapter.aws.StandInAws;
import io.peerbot.adapter.aws.lease.LockTable;
import io.peerbot.adapter.aws.lease.LockTables;
import io.peerbot.adapter.aws.seal.SealKeys;
import io.peerbot.application.port.CloudException;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.network.Cidr;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.PeeringSide;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.standin.ec2.model.StoredPeeringConnection;
import io.peerbot.standin.ec2.model.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Both VPCs in one account: one copy of the record, so an older one restored there verifies. The ledger in the lock
 * table knows the bot wrote a later one. Through the SDK against the EC2 and DynamoDB stand-ins.
 */
class SequenceLedgerTest {
    private static final String REGION = LockTables.REGION;
    private static final MessageRef THREAD = new MessageRef("C0PLATFORM", "1732870000.123456");

    private final StandInAws aws = new StandInAws();
    private final SealKeys keys = SealKeys.parse(SealKeys.randomValue("test"));
    private final LockTable table;
    private final PeeringSide requester = side("app-vpc", "10.0.0.0/16");
    private final PeeringSide accepter = side("db-vpc", "10.20.0.0/16");

    SequenceLedgerTest() {
        LockTables.create(aws.ec2, StandInAws.A);
        table = LockTables.open(aws.ec2, StandInAws.A);
    }

    @AfterEach
    void close() {
        table.close();
        aws.close();
    }

    private final List<Duration> waited = new ArrayList<>();

    /** A replica's records with the ledger; its waits before looking again at a record are counted, not slept. */
    private TaggedPeerings withLedger() {
        return new TaggedPeerings(aws.gateways, keys, new DynamoSequenceLedger(table), waited::add);
    }

    @Test
    void anOlderRecordRestoredInTheOnlyAccountIsUntrustedWithTheLedgerAndTrustedWithout() {
        TaggedPeerings peerings = withLedger();
        PcxId id = peerings.create(draft("tcp:443,tcp:5432"), "app-vpc", "db-vpc");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());
        Map<String, String> older = stored.tags();
        peerings.save(draft("tcp:443").withId(id));
        assertThat(stored.tags()).containsEntry("peerbot:seq", "2");
        assertThat(aws.ec2.dynamodb().item(StandInAws.A, REGION, LockTables.TABLE, "record#" + id.value()))
                .hasValueSatisfying(item -> assertThat(item).containsEntry("seq", "2"));

        restore(stored.tagsOf(StandInAws.A, REGION), older);

        assertThat(peerings.find(id, requester.location())).isInstanceOfSatisfying(ManagedPeerings.Untrusted.class,
                untrusted -> {
                    assertThat(untrusted.why()).contains("the copy in account " + StandInAws.A,
                            "sealed record 1", "the bot wrote record 2", "an older record was restored");
                    assertThat(untrusted.thread()).contains(THREAD);
                });
        assertThat(peerings.managedIn(requester.location())).singleElement()
                .isInstanceOf(ManagedPeerings.Untrusted.class);
        assertThat(new TaggedPeerings(aws.gateways, keys).find(id, requester.location()))
                .as("without a ledger the restored record cannot be told from the newest")
                .isInstanceOfSatisfying(ManagedPeerings.Found.class, found ->
                        assertThat(found.peering().options().ports()).isEqualTo(PortList.parse("tcp:443,tcp:5432")));
    }

    @Test
    void aSaveOfAnotherReplicaLandingBetweenAReadsDescribeAndItsLedgerReadIsNotTakenForARollback() {
        TaggedPeerings oneReplica = withLedger();
        PcxId id = oneReplica.create(draft("tcp:443"), "app-vpc", "db-vpc");
        DynamoSequenceLedger ledger = new DynamoSequenceLedger(table);
        SequenceLedger savedMeanwhile = new SequenceLedger() {
            private boolean first = true;

            @Override
            public OptionalLong highest(String pcxId) {
                if (first) {
                    first = false;
                    oneReplica.save(draft("tcp:443,tcp:5432").withId(id));
                }
                return ledger.highest(pcxId);
            }

            @Override
            public void wrote(String pcxId, long sequence) {
                ledger.wrote(pcxId, sequence);
            }
        };
        TaggedPeerings otherReplica = new TaggedPeerings(aws.gateways, keys, savedMeanwhile, waited::add);

        assertThat(otherReplica.find(id, requester.location())).isInstanceOfSatisfying(ManagedPeerings.Found.class,
                found -> assertThat(found.peering().options().ports()).isEqualTo(PortList.parse("tcp:443,tcp:5432")));
        assertThat(waited).as("looked again at once").containsExactly(Duration.ZERO);
    }

    @Test
    void theNewestRecordIsTrustedAndASaveOverARestoredOneGoesAboveTheLedger() {
        TaggedPeerings peerings = withLedger();
        PcxId id = peerings.create(draft("tcp:443"), "app-vpc", "db-vpc");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());
        Map<String, String> older = stored.tags();
        peerings.save(draft("tcp:443").withId(id));
        peerings.save(draft("tcp:443").withId(id));
        assertThat(peerings.find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);

        restore(stored.tagsOf(StandInAws.A, REGION), older);
        assertThat(peerings.find(id, requester.location())).isInstanceOf(ManagedPeerings.Untrusted.class);
        peerings.save(draft("tcp:443").withId(id));

        assertThat(stored.tags()).containsEntry("peerbot:seq", "4");
        assertThat(peerings.find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);
    }

    @Test
    void aSaveThatReachedOneAccountOnlyIsReadFromTheNewerCopyAndTheNextSaveWritesBoth() {
        TaggedPeerings peerings = withLedger();
        PeeringSide billing = side(StandInAws.B, "billing", "10.30.0.0/16");
        PcxId id = peerings.create(draft("tcp:443", billing), "app-vpc", "billing");
        StoredPeeringConnection stored = aws.ec2.state().peering(id.value());
        aws.ec2.deny(StandInAws.B, "ec2:CreateTags");

        assertThatThrownBy(() -> peerings.save(draft("tcp:443,tcp:5432", billing).withId(id)))
                .isInstanceOf(CloudException.class);
        assertThat(stored.tags()).containsEntry("peerbot:seq", "2");
        assertThat(stored.accepterTags()).containsEntry("peerbot:seq", "1");

        for (Location seenFrom : List.of(requester.location(), billing.location())) {
            assertThat(withLedger().find(id, seenFrom)).as("read from %s", seenFrom)
                    .isInstanceOfSatisfying(ManagedPeerings.Found.class, found -> assertThat(found.peering().options()
                            .ports()).isEqualTo(PortList.parse("tcp:443,tcp:5432")));
        }
        assertThat(waited).as("no second look needed").isEmpty();

        aws.ec2.allow(StandInAws.B, "ec2:CreateTags");
        ManagedPeering latest = ((ManagedPeerings.Found) peerings.find(id, billing.location())).peering();
        peerings.save(latest);
        assertThat(stored.tags()).containsEntry("peerbot:seq", "3");
        assertThat(stored.accepterTags()).containsEntry("peerbot:seq", "3")
                .containsEntry("peerbot:ports", stored.tags().get("peerbot:ports"));

        Map<String, String> older = Map.copyOf(stored.accepterTags());
        peerings.save(latest);
        restore(stored.tagsOf(StandInAws.B, REGION), older);
        assertThat(withLedger().find(id, billing.location())).as("once the ledger has the save, an older copy is "
                + "a rollback").isInstanceOfSatisfying(ManagedPeerings.Untrusted.class, untrusted ->
                assertThat(untrusted.why()).contains("is older (record 3 against 4)"));
    }

    @Test
    void aFirstSaveThatNeverReachedTheAccepterIsReadFromTheRequestersCopyAndTheNextSaveWritesBoth() {
        TaggedPeerings peerings = withLedger();
        PeeringSide billing = side(StandInAws.B, "billing", "10.30.0.0/16");
        aws.ec2.deny(StandInAws.B, "ec2:CreateTags");
        // as when the process stops between the copies: the request is not withdrawn either
        aws.ec2.deny(StandInAws.A, "ec2:DeleteVpcPeeringConnection");

        assertThatThrownBy(() -> peerings.create(draft("tcp:443", billing), "app-vpc", "billing"))
                .isInstanceOf(CloudException.class);
        StoredPeeringConnection stored = aws.ec2.state().peerings().get(0);
        PcxId id = new PcxId(stored.id());
        assertThat(stored.tags()).containsEntry("peerbot:seq", "1");
        assertThat(stored.accepterTags()).isEmpty();

        assertThat(withLedger().find(id, requester.location())).isInstanceOf(ManagedPeerings.Found.class);
        aws.ec2.allow(StandInAws.B, "ec2:CreateTags");
        ManagedPeering found = ((ManagedPeerings.Found) withLedger().find(id, requester.location())).peering();
        withLedger().save(found);
        assertThat(stored.accepterTags()).containsEntry("peerbot:seq", "2");
        assertThat(withLedger().find(id, billing.location())).isInstanceOf(ManagedPeerings.Found.class);

        stored.tagsOf(StandInAws.B, REGION).asMap().keySet().forEach(key -> stored.tagsOf(StandInAws.B, REGION)
                .remove(key, null));
        assertThat(withLedger().find(id, requester.location())).as("once the ledger has a save of both, a copy "
                + "removed is refused").isInstanceOf(ManagedPeerings.Untrusted.class);
    }

    @Test
    void theLedgerNeverGoesDown() {
        DynamoSequenceLedger ledger = new DynamoSequenceLedger(table);
        assertThat(ledger.highest("pcx-0123456789abcdef0")).as("no entry: nothing written").hasValue(0);

        ledger.wrote("pcx-0123456789abcdef0", 5);
        ledger.wrote("pcx-0123456789abcdef0", 3);
        ledger.wrote("pcx-0123456789abcdef0", 5);

        assertThat(ledger.highest("pcx-0123456789abcdef0")).isEqualTo(OptionalLong.of(5));
        assertThat(aws.ec2.dynamodb().item(StandInAws.A, REGION, LockTables.TABLE, "record#pcx-0123456789abcdef0"))
                .hasValueSatisfying(item -> assertThat(item).doesNotContainKey(LockTable.EXPIRES_AT));
    }

    @Test
    void aLedgerThatCannotBeReadIsAFailureNeverATrustedRecord() {
        TaggedPeerings peerings = withLedger();
        PcxId id = peerings.create(draft("tcp:443"), "app-vpc", "db-vpc");
        aws.ec2.deny(StandInAws.A, "dynamodb:GetItem");

        assertThatThrownBy(() -> peerings.find(id, requester.location()))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.permissionDenied()).isTrue();
                    assertThat(e.getMessage()).contains("dynamodb:GetItem", LockTables.TABLE);
                });
    }

    /** Puts back an earlier copy of the record, as someone with tag permissions in the account could. */
    private static void restore(Tags tags, Map<String, String> earlier) {
        for (String key : tags.asMap().keySet()) {
            if (key.startsWith("peerbot:") && !earlier.containsKey(key)) {
                tags.remove(key, null);
            }
        }
        tags.putAll(earlier);
    }

    private ManagedPeering draft(String ports) {
        return draft(ports, accepter);
    }

    private ManagedPeering draft(String ports, PeeringSide to) {
        PeeringOptions options = new PeeringOptions(PortList.parse(ports), List.of(), false, true, "");
        Change creation = Change.asked(ChangeKind.CREATE, options.ports(), "U0ALICE",
                Instant.parse("2026-05-01T12:00:00.123Z"), Set.of());
        return new ManagedPeering(null, requester, to, THREAD, options, creation, null);
    }

    private PeeringSide side(String name, String cidr) {
        return side(StandInAws.A, name, cidr);
    }

    private PeeringSide side(String account, String name, String cidr) {
        String vpcId = aws.ec2.seed().account(account).region(REGION).vpc(name, cidr).vpc().id();
        return new PeeringSide(vpcId, new Location(account, REGION), List.of(Cidr.parse(cidr)));
    }
}
