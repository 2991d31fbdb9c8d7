package io.peerbot.application.lifecycle;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.ManagedPeerings;
import io.peerbot.application.port.Notice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says that a peering's record cannot be verified, and that nothing was done: in the peering's thread when a copy
 * the bot sealed names it, else in the log; and privately to whoever asked.
 */
public final class UntrustedRecords {
    private static final Logger log = LoggerFactory.getLogger(UntrustedRecords.class);

    private final ChatPort chat;

    public UntrustedRecords(ChatPort chat) {
        this.chat = chat;
    }

    /** Reports the record where its owners see it; nothing is done in AWS. */
    public void report(ManagedPeerings.Untrusted untrusted) {
        log.warn("not acting on {}: its record does not verify ({}); nothing was done", untrusted.id(),
                untrusted.why());
        untrusted.thread().ifPresent(thread -> {
            try {
                chat.reply(thread, new Notice.RecordNotTrusted(untrusted.id(), untrusted.why()));
            } catch (RuntimeException e) {
                log.warn("could not report the untrusted record of {} in its thread", untrusted.id(), e);
            }
        });
    }

    /** Reports the record, and tells {@code asker} privately that nothing was done. */
    public void refuse(Actor asker, ManagedPeerings.Untrusted untrusted) {
        report(untrusted);
        chat.tellPrivately(asker.channel(), asker.userId(), new Notice.RecordNotTrusted(untrusted.id(),
                untrusted.why()));
    }
}
