package io.peerbot.adapter.aws.seal;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Seals a peering's record and checks one copy of it: HMAC-SHA256, under a key only the bot holds, over the
 * peering's identity and every {@code peerbot:} tag (the sequence number and the key id among them). Anyone who can
 * write tags can change the record, but not make a seal that matches the change, nor move a record to another
 * peering. Comparing the two accounts' copies, which stops an older record from being restored, is
 * {@link SealedRecordReader}'s job.
 */
public final class RecordSeal {
    private static final Pattern SEQUENCE = Pattern.compile("0|[1-9][0-9]{0,17}");

    private final SealMacs macs;

    public RecordSeal(SealMacs macs) {
        this.macs = macs;
    }

    /**
     * The tags to write, on both accounts' side of the peering: {@code tags} (any earlier seal, key id and
     * sequence replaced) with sequence number {@code sequence}, the signing key's id and the seal.
     */
    public Map<String, String> seal(PeeringIdentity peering, Map<String, String> tags, long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("a record's sequence number is not negative: " + sequence);
        }
        Map<String, String> sealed = new TreeMap<>(tags);
        sealed.remove(SealTags.SEAL);
        sealed.put(SealTags.SEQ, Long.toString(sequence));
        String keyId = macs.signingKeyId();
        sealed.put(SealTags.SEAL_KEY, keyId);
        byte[] mac = macs.mac(keyId, CanonicalRecord.of(peering, sealed));
        sealed.put(SealTags.SEAL, Base64.getUrlEncoder().withoutPadding().encodeToString(mac));
        return sealed;
    }

    /**
     * The tags a request's connection is created with: {@code tags} as record 0, sealed over the peering's ends
     * alone since EC2 has not named the connection yet. The first save seals them over its id.
     */
    public Map<String, String> sealAtCreation(PeeringIdentity ends, Map<String, String> tags) {
        return seal(ends.unnamed(), tags, 0);
    }

    /** Checks one copy of the record as read from one account's side of the peering. */
    public SealCheck check(PeeringIdentity peering, Map<String, String> tags) {
        String seal = tags.get(SealTags.SEAL);
        if (seal == null) {
            return tags.keySet().stream().anyMatch(SealTags::covered)
                    ? SealCheck.refused(SealOutcome.UNSEALED, "no " + SealTags.SEAL + " tag")
                    : SealCheck.refused(SealOutcome.MISSING, "no record");
        }
        String keyId = tags.get(SealTags.SEAL_KEY);
        if (keyId == null) {
            return SealCheck.refused(SealOutcome.FORGED, "a seal without " + SealTags.SEAL_KEY);
        }
        byte[] mac;
        try {
            mac = Base64.getUrlDecoder().decode(seal);
        } catch (IllegalArgumentException e) {
            return SealCheck.refused(SealOutcome.FORGED, "the seal is not base64url");
        }
        return switch (macs.verify(keyId, CanonicalRecord.of(peering, tags), mac)) {
            case UNKNOWN_KEY -> SealCheck.refused(SealOutcome.UNKNOWN_KEY,
                    "sealed with key " + keyId + ", which the bot does not hold");
            case MISMATCH -> unsaved(peering, tags, keyId, mac) ? SealCheck.unsaved(SealTags.coveredOf(tags))
                    : SealCheck.refused(SealOutcome.FORGED, "the seal does not match the record: a "
                    + SealTags.PREFIX + " tag was changed, added or removed, or the record is another peering's");
            case MATCH -> sequenced(tags);
        };
    }

    /** Record 0 sealed over the peering's ends without its id: as created, never saved since. */
    private boolean unsaved(PeeringIdentity peering, Map<String, String> tags, String keyId, byte[] mac) {
        return "0".equals(tags.get(SealTags.SEQ)) && !peering.pcxId().isEmpty()
                && macs.verify(keyId, CanonicalRecord.of(peering.unnamed(), tags), mac) == SealMacs.MacCheck.MATCH;
    }

    private static SealCheck sequenced(Map<String, String> tags) {
        String sequence = tags.get(SealTags.SEQ);
        if (sequence == null || !SEQUENCE.matcher(sequence).matches()) {
            return SealCheck.refused(SealOutcome.FORGED, "a sealed record without a valid " + SealTags.SEQ);
        }
        return SealCheck.valid(Long.parseLong(sequence), SealTags.coveredOf(tags));
    }
}
