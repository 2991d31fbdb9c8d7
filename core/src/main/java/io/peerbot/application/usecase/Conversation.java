package io.peerbot.application.usecase;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.Notice;
import io.peerbot.domain.validation.Rejection;
import java.util.List;

/** Small helpers the use cases share for answering people. */
public final class Conversation {
    private Conversation() {
    }

    public static void refuse(ChatPort chat, Actor actor, Rejection... reasons) {
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.Rejected(List.of(reasons)));
    }

    public static void refuse(ChatPort chat, Actor actor, List<Rejection> reasons) {
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.Rejected(reasons));
    }

    /** Tells only {@code actor} why the peering they previewed or asked for ({@code proposed}) was refused. */
    public static void refuse(ChatPort chat, Actor actor, Notice.Proposed proposed, Notice why) {
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.ProposalRefused(proposed, why));
    }

    /** As {@link #refuse(ChatPort, Actor, Notice.Proposed, Notice)}, for the reasons a check gave. */
    public static void refuse(ChatPort chat, Actor actor, Notice.Proposed proposed, List<Rejection> reasons) {
        refuse(chat, actor, proposed, new Notice.Rejected(reasons));
    }

    /** Tells only {@code actor}, where they typed or clicked. */
    public static void tell(ChatPort chat, Actor actor, Notice notice) {
        chat.tellPrivately(actor.channel(), actor.userId(), notice);
    }
}
