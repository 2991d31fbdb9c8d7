package io.peerbot.adapter.aws.seal;

import static io.peerbot.adapter.aws.seal.SealKeysTest.KEY_1;
import static io.peerbot.adapter.aws.seal.SealKeysTest.KEY_2;
import static org.assertj.core.api.Assertions.assertThat;

import io.peerbot.domain.network.Location;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A peering's record as an attacker with tag permissions in one account could leave it, read back from both
 * accounts' view of the peering.
 */
class SealedRecordReaderTest {
    private static final Location A = new Location("111122223333", "us-east-1");
    private static final Location B = new Location("444455556666", "eu-west-1");
    private static final PeeringIdentity PEERING =
            new PeeringIdentity("pcx-0a1b2c3d4e5f60718", A, "vpc-0aaa0001", B, "vpc-0bbb0002");
    private static final PeeringIdentity OTHER_PEERING =
            new PeeringIdentity("pcx-0ffffffffffff0001", A, "vpc-0aaa0001", B, "vpc-0bbb0002");

    private final SealKeys keys = SealKeys.parse("k1:" + KEY_1);
    private final RecordSeal seal = new RecordSeal(keys);
    private final SealedRecordReader reader = new SealedRecordReader(seal);

    static Map<String, String> pending() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Name", "app-vpc <> db-vpc");
        tags.put("peerbot:managed", "true");
        tags.put("peerbot:state", "pending");
        tags.put("peerbot:requested-by", "U0ALICE01");
        tags.put("peerbot:ports", "tcp:5432");
        tags.put("peerbot:approvals", "requester=U0ALICE01");
        tags.put("peerbot:channel", "C0PEERING");
        tags.put("peerbot:thread", "1700000000.000100");
        return tags;
    }

    private static Map<String, String> with(Map<String, String> tags, String key, String value) {
        Map<String, String> changed = new HashMap<>(tags);
        changed.put(key, value);
        return changed;
    }

    @Test
    void aRecordTheBotSealedOnBothSidesIsTrusted() {
        Map<String, String> sealed = seal.seal(PEERING, pending(), 4);

        RecordVerdict verdict = reader.read(PEERING, sealed, sealed);

        assertThat(verdict.outcome()).isEqualTo(SealOutcome.VALID);
        assertThat(verdict.trusted()).isTrue();
        assertThat(verdict.sequence()).hasValue(4);
        assertThat(verdict.nextSequence()).isEqualTo(5);
        assertThat(verdict.record()).containsEntry("peerbot:approvals", "requester=U0ALICE01")
                .containsEntry("peerbot:seq", "4").containsEntry("peerbot:seal-key", "k1")
                .doesNotContainKeys("Name", "peerbot:seal");
        assertThat(sealed.get("peerbot:seal")).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void theSealStaysTheSameAcrossVersionsSoRecordsSealedEarlierStillVerify() {
        assertThat(seal.seal(PEERING, pending(), 4).get("peerbot:seal")).isEqualTo("tIW5cg2xOuTJ2jyYIcLiin4KdXj3tJU1Oa9kTnO0hEg");
    }

    @Test
    void anApprovalAddedToTheTagsIsForged() {
        Map<String, String> sealed = seal.seal(PEERING, pending(), 4);
        Map<String, String> forged = with(with(sealed, "peerbot:approvals", "requester=U0ALICE01,accepter=U0DAVE001"),
                "peerbot:state", "approved");

        RecordVerdict inA = reader.read(PEERING, forged, sealed);
        RecordVerdict inBoth = reader.read(PEERING, forged, forged);

        assertThat(inA.outcome()).isEqualTo(SealOutcome.FORGED);
        assertThat(inA.reason()).startsWith("the requester account 111122223333's copy: the seal does not match");
        assertThat(inA.record()).isEmpty();
        assertThat(inA.sequence()).isEmpty();
        assertThat(inBoth.outcome()).isEqualTo(SealOutcome.FORGED);
    }

    @Test
    void portsWidenedATagAddedOrATagRemovedAreForged() {
        Map<String, String> sealed = seal.seal(PEERING, pending(), 4);
        Map<String, String> removed = new HashMap<>(sealed);
        removed.remove("peerbot:ports");

        assertThat(reader.read(PEERING, sealed, with(sealed, "peerbot:ports", "tcp:1-65535")).outcome())
                .isEqualTo(SealOutcome.FORGED);
        assertThat(reader.read(PEERING, with(sealed, "peerbot:accepter", "U0DAVE001"), sealed).outcome())
                .isEqualTo(SealOutcome.FORGED);
        assertThat(reader.read(PEERING, removed, removed).outcome()).isEqualTo(SealOutcome.FORGED);
        assertThat(reader.read(PEERING, with(sealed, "peerbot:seq", "9"), with(sealed, "peerbot:seq", "9")).outcome())
                .isEqualTo(SealOutcome.FORGED);
    }

    @Test
    void theNameTagAndTagsOutsidePeerbotAreNotPartOfTheRecord() {
        Map<String, String> sealed = seal.seal(PEERING, pending(), 4);
        Map<String, String> renamed = with(with(sealed, "Name", "renamed by a person"), "cost-centre", "42");

        assertThat(reader.read(PEERING, renamed, sealed).outcome()).isEqualTo(SealOutcome.VALID);
    }

    @Test
    void aRecordCopiedFromAnotherPeeringIsForged() {
        Map<String, String> approvedElsewhere = seal.seal(OTHER_PEERING, with(pending(), "peerbot:state", "approved"),
                9);
        PeeringIdentity otherVpc = new PeeringIdentity(PEERING.pcxId(), A, "vpc-0aaa0001", B, "vpc-0ccc0003");

        assertThat(reader.read(OTHER_PEERING, approvedElsewhere, approvedElsewhere).outcome())
                .isEqualTo(SealOutcome.VALID);
        assertThat(reader.read(PEERING, approvedElsewhere, approvedElsewhere).outcome())
                .isEqualTo(SealOutcome.FORGED);
        assertThat(reader.read(otherVpc, seal.seal(PEERING, pending(), 1), seal.seal(PEERING, pending(), 1))
                .outcome()).isEqualTo(SealOutcome.FORGED);
    }

    @Test
    void aRecordSealedAtCreationAndNeverSavedIsUnsavedForAnIdBetweenItsEndsAndNeverTrusted() {
        Map<String, String> created = seal.sealAtCreation(PEERING, pending());
        assertThat(created).containsEntry("peerbot:seq", "0").containsKey("peerbot:seal");

        for (PeeringIdentity named : List.of(PEERING, OTHER_PEERING)) {
            RecordVerdict verdict = reader.read(named, created, Map.of());
            assertThat(verdict.outcome()).as("%s", named.pcxId()).isEqualTo(SealOutcome.UNSAVED);
            assertThat(verdict.trusted()).isFalse();
            assertThat(verdict.record()).as("nothing to act on").isEmpty();
            assertThat(verdict.requester().record()).as("kept only to find its card")
                    .containsEntry("peerbot:channel", "C0PEERING");
            assertThat(verdict.nextSequence()).as("its first save").isEqualTo(1);
        }
        assertThat(reader.read(new PeeringIdentity(PEERING.pcxId(), A, "vpc-0aaa0001", A, "vpc-0aaa0009"), created,
                Map.of()).outcome()).as("another pair of VPCs").isEqualTo(SealOutcome.FORGED);
    }

    @Test
    void aRecordSealedAtCreationThatWasEditedRenumberedOrHasACopyBesideItIsNotUnsaved() {
        Map<String, String> created = seal.sealAtCreation(PEERING, pending());

        assertThat(reader.read(PEERING, with(created, "peerbot:ports", "tcp:1-65535"), Map.of()).outcome())
                .isEqualTo(SealOutcome.FORGED);
        assertThat(reader.read(PEERING, with(created, "peerbot:seq", "1"), Map.of()).outcome())
                .isEqualTo(SealOutcome.FORGED);
        assertThat(reader.read(PEERING, created, seal.seal(PEERING, pending(), 1)).outcome())
                .as("the accepter holds a save: a save did reach it").isEqualTo(SealOutcome.ROLLBACK);
        assertThat(reader.read(new PeeringIdentity(PEERING.pcxId(), A, "vpc-0aaa0001", A, "vpc-0bbb0002"),
                seal.sealAtCreation(new PeeringIdentity("", A, "vpc-0aaa0001", A, "vpc-0bbb0002"), pending()),
                Map.of()).outcome()).as("one account").isEqualTo(SealOutcome.UNSAVED);
    }

    @Test
    void anOlderRecordRestoredInOneAccountIsARollback() {
        Map<String, String> open = seal.seal(PEERING, with(pending(), "peerbot:ports", "tcp:5432,tcp:22"), 6);
        Map<String, String> closed = seal.seal(PEERING, with(pending(), "peerbot:ports", "tcp:5432"), 7);

        RecordVerdict verdict = reader.read(PEERING, open, closed);

        assertThat(verdict.outcome()).isEqualTo(SealOutcome.ROLLBACK);
        assertThat(verdict.reason()).isEqualTo("the requester account 111122223333's copy is older (record 6 against "
                + "7): an older record was restored or a save did not reach both accounts");
        assertThat(verdict.record()).isEmpty();
        assertThat(verdict.nextSequence()).isEqualTo(8);
        assertThat(reader.read(PEERING, closed, open).reason()).startsWith("the accepter account 444455556666's copy");
    }

    @Test
    void aCopyMissingInOneAccountIsARollbackAndNoCopyIsUnsealed() {
        Map<String, String> sealed = seal.seal(PEERING, pending(), 3);

        RecordVerdict oneMissing = reader.read(PEERING, pending(), sealed);
        RecordVerdict none = reader.read(PEERING, pending(), Map.of());

        assertThat(oneMissing.outcome()).isEqualTo(SealOutcome.ROLLBACK);
        assertThat(oneMissing.reason()).isEqualTo("the requester account 111122223333's copy is not sealed while the "
                + "accepter account 444455556666's copy is sealed record 3: the copies must agree before anything is "
                + "done");
        assertThat(none.outcome()).isEqualTo(SealOutcome.UNSEALED);
        assertThat(none.reason()).isEqualTo("neither account's copy is sealed");
        assertThat(none.nextSequence()).isEqualTo(1);
    }

    @Test
    void twoDifferentRecordsWithTheSameNumberAreARollback() {
        Map<String, String> one = seal.seal(PEERING, pending(), 5);
        Map<String, String> other = seal.seal(PEERING, with(pending(), "peerbot:state", "denied"), 5);

        assertThat(reader.read(PEERING, one, other).outcome()).isEqualTo(SealOutcome.ROLLBACK);
    }

    @Test
    void inOneAccountThereIsOneCopy() {
        PeeringIdentity sameAccount = new PeeringIdentity("pcx-0a1b2c3d4e5f60718", A, "vpc-0aaa0001",
                new Location(A.account(), "us-west-2"), "vpc-0bbb0002");
        Map<String, String> sealed = seal.seal(sameAccount, pending(), 2);

        RecordVerdict verdict = reader.read(sameAccount, sealed, Map.of());

        assertThat(verdict.outcome()).isEqualTo(SealOutcome.VALID);
        assertThat(verdict.accepter()).isEmpty();
        assertThat(reader.read(sameAccount, with(sealed, "peerbot:state", "approved"), sealed).outcome())
                .isEqualTo(SealOutcome.FORGED);
    }

    @Test
    void aKeyTheBotDoesNotHoldIsUnknown() {
        Map<String, String> sealedElsewhere = new RecordSeal(SealKeys.parse("attacker:" + KEY_2))
                .seal(PEERING, pending(), 4);

        RecordVerdict verdict = reader.read(PEERING, sealedElsewhere, sealedElsewhere);

        assertThat(verdict.outcome()).isEqualTo(SealOutcome.UNKNOWN_KEY);
        assertThat(verdict.reason()).isEqualTo("the requester account 111122223333's copy: sealed with key attacker, "
                + "which the bot does not hold");
    }

    @Test
    void aForgedKeyIdOrAGarbledSealIsForged() {
        Map<String, String> sealed = seal.seal(PEERING, pending(), 4);
        Map<String, String> noKeyId = new HashMap<>(sealed);
        noKeyId.remove("peerbot:seal-key");

        assertThat(reader.read(PEERING, with(sealed, "peerbot:seal", "not base64 at all!"), sealed).outcome())
                .isEqualTo(SealOutcome.FORGED);
        assertThat(reader.read(PEERING, noKeyId, noKeyId).reason()).endsWith("a seal without peerbot:seal-key");
    }

    @Test
    void rotationTheNewKeySignsAndTheOldOneStillVerifiesUntilDropped() {
        Map<String, String> sealedWithK1 = seal.seal(PEERING, pending(), 4);
        RecordSeal rotated = new RecordSeal(SealKeys.parse("k2:" + KEY_2 + ",k1:" + KEY_1));
        Map<String, String> sealedWithK2 = rotated.seal(PEERING, pending(), 5);
        SealedRecordReader afterDrop = new SealedRecordReader(new RecordSeal(SealKeys.parse("k2:" + KEY_2)));

        assertThat(new SealedRecordReader(rotated).read(PEERING, sealedWithK1, sealedWithK1).outcome())
                .isEqualTo(SealOutcome.VALID);
        assertThat(sealedWithK2).containsEntry("peerbot:seal-key", "k2");
        assertThat(new SealedRecordReader(rotated).read(PEERING, sealedWithK2, sealedWithK2).outcome())
                .isEqualTo(SealOutcome.VALID);
        assertThat(afterDrop.read(PEERING, sealedWithK2, sealedWithK2).outcome()).isEqualTo(SealOutcome.VALID);
        assertThat(afterDrop.read(PEERING, sealedWithK1, sealedWithK1).outcome()).isEqualTo(SealOutcome.UNKNOWN_KEY);
    }

    @Test
    void theSealDoesNotDependOnTheOrderOfTheTags() {
        List<Map.Entry<String, String>> entries = new ArrayList<>(pending().entrySet());
        Collections.reverse(entries);
        Map<String, String> reversed = new LinkedHashMap<>();
        entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));

        Map<String, String> sealed = seal.seal(PEERING, pending(), 4);
        Map<String, String> sealedReversed = seal.seal(PEERING, reversed, 4);
        Map<String, String> readBackInAnotherOrder = new HashMap<>(sealed);

        assertThat(sealedReversed.get("peerbot:seal")).isEqualTo(sealed.get("peerbot:seal"));
        assertThat(reader.read(PEERING, readBackInAnotherOrder, sealedReversed).outcome())
                .isEqualTo(SealOutcome.VALID);
    }

    @Test
    void valuesWithUnusualCharactersAreSealedAsTheyAre() {
        Map<String, String> odd = with(with(with(pending(), "peerbot:reason", "needs db; ports=5432\nand \"quotes\" ∂ 🙂"),
                "peerbot:empty", ""), "peerbot:x", "1;peerbot:y=2");
        Map<String, String> sealed = seal.seal(PEERING, odd, 1);
        Map<String, String> shifted = new HashMap<>(sealed);
        shifted.put("peerbot:x", "1");
        shifted.put("peerbot:y", "2");
        Map<String, String> emptyMoved = new HashMap<>(sealed);
        emptyMoved.remove("peerbot:empty");
        emptyMoved.put("peerbot:reason", sealed.get("peerbot:reason") + "peerbot:empty");

        assertThat(reader.read(PEERING, sealed, sealed).outcome()).isEqualTo(SealOutcome.VALID);
        assertThat(reader.read(PEERING, sealed, sealed).record())
                .containsEntry("peerbot:reason", "needs db; ports=5432\nand \"quotes\" ∂ 🙂");
        assertThat(reader.read(PEERING, shifted, shifted).outcome()).isEqualTo(SealOutcome.FORGED);
        assertThat(reader.read(PEERING, emptyMoved, emptyMoved).outcome()).isEqualTo(SealOutcome.FORGED);
    }

    @Test
    void resealingReplacesTheOldSealKeyIdAndNumber() {
        Map<String, String> first = seal.seal(PEERING, pending(), 1);
        RecordVerdict read = reader.read(PEERING, first, first);

        Map<String, String> second = seal.seal(PEERING, with(read.record(), "peerbot:state", "approved"),
                read.nextSequence());

        assertThat(second).containsEntry("peerbot:seq", "2").doesNotContainValue(first.get("peerbot:seal"));
        assertThat(reader.read(PEERING, second, second).record()).containsEntry("peerbot:state", "approved");
    }
}
