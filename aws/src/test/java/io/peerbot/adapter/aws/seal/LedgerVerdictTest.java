package io.peerbot.adapter.aws.seal;

import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.Location;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** A record checked against the highest sequence number the bot wrote, kept outside the tags (pure). */
class LedgerVerdictTest {
    private static final Location A = new Location("111122223333", "us-east-1");
    private static final Location B = new Location("444455556666", "eu-west-1");
    private static final PeeringIdentity ONE_ACCOUNT =
            new PeeringIdentity("pcx-0a1b2c3d4e5f60718", A, "vpc-0aaa0001", A, "vpc-0aaa0002");
    private static final PeeringIdentity CROSS_ACCOUNT =
            new PeeringIdentity("pcx-0a1b2c3d4e5f60718", A, "vpc-0aaa0001", B, "vpc-0bbb0002");

    private final RecordSeal seal = new RecordSeal(SealKeys.parse(SealKeys.randomValue("test")));
    private final SealedRecordReader reader = new SealedRecordReader(seal);

    private RecordVerdict read(PeeringIdentity peering, long sequence, OptionalLong highestWritten) {
        Map<String, String> sealed = seal.seal(peering, SealedRecordReaderTest.pending(), sequence);
        Map<String, String> accepter = peering.oneAccount() ? Map.of() : sealed;
        return SealedRecordReader.againstLedger(peering, reader.read(peering, sealed, accepter), highestWritten);
    }

    @Test
    void aRecordOlderThanTheLedgerIsARollbackInOneAccountAndAcrossTwo() {
        RecordVerdict one = read(ONE_ACCOUNT, 3, OptionalLong.of(5));
        assertThat(one.outcome()).isEqualTo(SealOutcome.ROLLBACK);
        assertThat(one.trusted()).isFalse();
        assertThat(one.record()).isEmpty();
        assertThat(one.reason()).isEqualTo("the copy in account 111122223333 is sealed record 3, but the bot wrote "
                + "record 5 (its ledger in the lock table): an older record was restored");
        assertThat(one.nextSequence()).as("a save still goes above the restored record").isEqualTo(4);

        assertThat(read(CROSS_ACCOUNT, 3, OptionalLong.of(5)).reason()).startsWith("both accounts' copies are sealed "
                + "record 3");
    }

    @Test
    void theNewestRecordOrNoLedgerIsTrusted() {
        assertThat(read(ONE_ACCOUNT, 5, OptionalLong.of(5)).trusted()).isTrue();
        assertThat(read(ONE_ACCOUNT, 6, OptionalLong.of(5)).trusted()).as("a save whose ledger write failed").isTrue();
        assertThat(read(ONE_ACCOUNT, 3, OptionalLong.empty()).trusted()).isTrue();
    }

    @Test
    void aSaveThatReachedOneAccountOnlyIsReadFromTheNewerCopyWhileTheLedgerIsBelowIt() {
        Map<String, String> newer = seal.seal(CROSS_ACCOUNT, SealedRecordReaderTest.pending(), 4);
        Map<String, String> older = seal.seal(CROSS_ACCOUNT, Map.of("peerbot:managed", "true",
                "peerbot:ports", "tcp:443"), 3);

        RecordVerdict stopped = SealedRecordReader.againstLedger(CROSS_ACCOUNT,
                reader.read(CROSS_ACCOUNT, newer, older), OptionalLong.of(3));

        assertThat(stopped.trusted()).isTrue();
        assertThat(stopped.record()).isEqualTo(reader.read(CROSS_ACCOUNT, newer, newer).record());
        assertThat(stopped.sequence()).hasValue(4);
        assertThat(stopped.nextSequence()).isEqualTo(5);
        assertThat(stopped.reason()).isEqualTo("record 4 did not reach the accepter account 444455556666's copy (a "
                + "save stopped halfway; the ledger is at 3): read from the other copy, and the next save writes both");
        assertThat(SealedRecordReader.againstLedger(CROSS_ACCOUNT, reader.read(CROSS_ACCOUNT, older, newer),
                OptionalLong.of(3))).as("the requester's copy behind: restored there after a save whose ledger "
                + "entry failed").satisfies(verdict -> {
                    assertThat(verdict.trusted()).isTrue();
                    assertThat(verdict.sequence()).hasValue(4);
                });
    }

    @Test
    void copiesThatDisagreeAfterASaveTheLedgerCountsAreARollback() {
        Map<String, String> newer = seal.seal(CROSS_ACCOUNT, SealedRecordReaderTest.pending(), 4);
        Map<String, String> older = seal.seal(CROSS_ACCOUNT, SealedRecordReaderTest.pending(), 3);

        assertThat(SealedRecordReader.againstLedger(CROSS_ACCOUNT, reader.read(CROSS_ACCOUNT, newer, older),
                OptionalLong.of(4)).outcome()).as("the save finished: the older copy was restored since")
                .isEqualTo(SealOutcome.ROLLBACK);
        assertThat(SealedRecordReader.againstLedger(CROSS_ACCOUNT, reader.read(CROSS_ACCOUNT, newer, Map.of()),
                OptionalLong.of(1)).outcome()).as("a copy missing is not a save that stopped halfway")
                .isEqualTo(SealOutcome.ROLLBACK);
    }

    @Test
    void withoutALedgerCopiesOneSaveApartAreReadFromTheNewerAndFurtherApartAreARollback() {
        Map<String, String> newest = seal.seal(CROSS_ACCOUNT, with("peerbot:ports", "tcp:443"), 5);
        Map<String, String> oneBack = seal.seal(CROSS_ACCOUNT, with("peerbot:ports", "tcp:443,tcp:22"), 4);
        Map<String, String> twoBack = seal.seal(CROSS_ACCOUNT, with("peerbot:ports", "tcp:443,tcp:22"), 3);

        for (RecordVerdict oneApart : List.of(noLedger(newest, oneBack), noLedger(oneBack, newest))) {
            assertThat(oneApart.trusted()).isTrue();
            assertThat(oneApart.sequence()).hasValue(5);
            assertThat(oneApart.record()).as("the newer copy, never the older")
                    .containsEntry("peerbot:ports", "tcp:443");
            assertThat(oneApart.nextSequence()).isEqualTo(6);
        }
        assertThat(noLedger(newest, oneBack).reason()).isEqualTo("record 5 did not reach the accepter account "
                + "444455556666's copy (a save stopped halfway, or that copy was put back one save; without a lock "
                + "table the two cannot be told apart, and either way this is the bot's latest record): read from "
                + "the other copy, and the next save writes both");

        RecordVerdict twoApart = noLedger(newest, twoBack);
        assertThat(twoApart.outcome()).as("no save that stopped leaves copies two saves apart")
                .isEqualTo(SealOutcome.ROLLBACK);
        assertThat(twoApart.reason()).contains("is older (record 3 against 5)");
        assertThat(noLedger(twoBack, newest).outcome()).isEqualTo(SealOutcome.ROLLBACK);
    }

    private RecordVerdict noLedger(Map<String, String> requester, Map<String, String> accepter) {
        return SealedRecordReader.againstLedger(CROSS_ACCOUNT, reader.read(CROSS_ACCOUNT, requester, accepter),
                OptionalLong.empty());
    }

    private static Map<String, String> with(String key, String value) {
        Map<String, String> tags = new java.util.HashMap<>(SealedRecordReaderTest.pending());
        tags.put(key, value);
        return tags;
    }

    @Test
    void aFirstSaveThatNeverReachedTheAccepterIsReadFromTheRequestersCopyWhileTheLedgerHasNone() {
        Map<String, String> first = seal.seal(CROSS_ACCOUNT, SealedRecordReaderTest.pending(), 1);
        Map<String, String> unsealed = new java.util.HashMap<>(first);
        unsealed.remove("peerbot:seal");

        RecordVerdict stopped = SealedRecordReader.againstLedger(CROSS_ACCOUNT,
                reader.read(CROSS_ACCOUNT, first, Map.of("Name", "made by hand")), OptionalLong.of(0));
        assertThat(stopped.trusted()).isTrue();
        assertThat(stopped.sequence()).hasValue(1);
        assertThat(stopped.reason()).contains("which has no copy yet");

        assertThat(SealedRecordReader.againstLedger(CROSS_ACCOUNT, reader.read(CROSS_ACCOUNT, first, Map.of()),
                OptionalLong.of(1)).outcome()).as("the ledger has it: the copy was removed").isEqualTo(
                SealOutcome.ROLLBACK);
        RecordVerdict withoutLedger = noLedger(first, Map.of());
        assertThat(withoutLedger.trusted()).as("no ledger: record 1 is a first save").isTrue();
        assertThat(withoutLedger.reason()).contains("which has no copy yet (a first save stopped halfway, or that "
                + "copy was removed; without a lock table");
        assertThat(noLedger(seal.seal(CROSS_ACCOUNT, SealedRecordReaderTest.pending(), 2), Map.of()).outcome())
                .as("no ledger: record 2 with no copy beside it is not a first save").isEqualTo(SealOutcome.ROLLBACK);
        assertThat(noLedger(Map.of("Name", "made by hand"), first).outcome()).as("the requester's copy is written "
                + "first: one missing there is no save that stopped").isEqualTo(SealOutcome.ROLLBACK);
        assertThat(SealedRecordReader.againstLedger(CROSS_ACCOUNT, reader.read(CROSS_ACCOUNT, first, unsealed),
                OptionalLong.of(0)).outcome()).as("a copy whose seal was removed is not missing").isEqualTo(
                SealOutcome.ROLLBACK);
    }

    @Test
    void theRecordARequestWasCreatedWithPutBackOnAPeeringTheLedgerHasASaveOfIsARollback() {
        Map<String, String> created = seal.sealAtCreation(ONE_ACCOUNT, SealedRecordReaderTest.pending());

        RecordVerdict putBack = SealedRecordReader.againstLedger(ONE_ACCOUNT, reader.read(ONE_ACCOUNT, created,
                Map.of()), OptionalLong.of(3));

        assertThat(putBack.outcome()).isEqualTo(SealOutcome.ROLLBACK);
        assertThat(putBack.reason()).contains("the bot wrote record 3");
        assertThat(SealedRecordReader.againstLedger(ONE_ACCOUNT, reader.read(ONE_ACCOUNT, created, Map.of()),
                OptionalLong.of(0)).outcome()).as("never saved").isEqualTo(SealOutcome.UNSAVED);
        assertThat(SealedRecordReader.againstLedger(ONE_ACCOUNT, reader.read(ONE_ACCOUNT, created, Map.of()),
                OptionalLong.empty()).outcome()).as("no ledger").isEqualTo(SealOutcome.UNSAVED);
    }

    @Test
    void aForgedRecordStaysForged() {
        Map<String, String> forged = new java.util.HashMap<>(seal.seal(ONE_ACCOUNT, SealedRecordReaderTest.pending(),
                3));
        forged.put("peerbot:ports", "tcp:1-65535");

        RecordVerdict verdict = SealedRecordReader.againstLedger(ONE_ACCOUNT,
                reader.read(ONE_ACCOUNT, forged, Map.of()), OptionalLong.of(5));

        assertThat(verdict.outcome()).isEqualTo(SealOutcome.FORGED);
    }
}
