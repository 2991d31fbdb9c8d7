/**
 * Records on a peering that only the bot can write: {@link io.peerbot.adapter.aws.seal.RecordSeal} seals the
 * {@code peerbot:} tags with an HMAC under a key only the bot holds ({@link io.peerbot.adapter.aws.seal.SealKeys}
 * from the environment, or {@link io.peerbot.adapter.aws.seal.KmsSealMacs}), and
 * {@link io.peerbot.adapter.aws.seal.SealedRecordReader} says whether both accounts' copies may be acted on.
 *
 * <p>Threat model. Anyone allowed to tag the peering in one account can add, change, delete or copy its tags
 * there. They cannot make a seal, so an edited record is {@code FORGED}; the seal binds the peering connection and
 * both ends, so a record copied from another peering is {@code FORGED} too; they cannot touch the copy in the other
 * account, so an older record restored (or the record deleted) in theirs is a {@code ROLLBACK}. Limits: when both
 * ends are in one account there is one copy, and an older record restored there cannot be told from the newest by
 * the tags alone; whoever can read the bot's environment (or use the KMS key for {@code GenerateMac}) can seal; and
 * someone who can tag in both accounts can roll both copies back together.
 */
package io.peerbot.adapter.aws.seal;
