/**
 * Records on a peering that only the bot can write: {@link io.peerbot.adapter.aws.seal.RecordSeal} seals the
 * {@code peerbot:} tags with an HMAC under a key only the bot holds ({@link io.peerbot.adapter.aws.seal.SealKeys}
 * from the environment, or {@link io.peerbot.adapter.aws.seal.KmsSealMacs}), and
 * {@link io.peerbot.adapter.aws.seal.SealedRecordReader} says whether both accounts' copies may be acted on.
 *
 * <p>Threat model. Anyone allowed to tag the peering in one account can add, change, delete or copy its tags
 * there. They cannot make a seal, so an edited record is {@code FORGED}; the seal binds the peering connection and
 * both ends, so a record copied from another peering is {@code FORGED} too; they cannot touch the copy in the other
 * account, so an older record restored (or the record deleted) in theirs is a {@code ROLLBACK}. With a lock table
 * ({@code PEERBOT_LOCK_TABLE}) the bot also keeps each peering's highest sequence number there
 * ({@link io.peerbot.adapter.aws.record.SequenceLedger}), and a record older than that is a {@code ROLLBACK} too:
 * this covers a peering with both ends in one account, where there is one copy, and both copies rolled back
 * together. Limits: without a lock table, an older record restored on a one-account peering cannot be told from
 * the newest by the tags alone, nor one restored in both accounts by someone who can tag in both; with one, whoever
 * may write the table can lower the ledger; and whoever can read the bot's environment (or use the KMS key for
 * {@code GenerateMac}) can seal.
 */
package io.peerbot.adapter.aws.seal;
