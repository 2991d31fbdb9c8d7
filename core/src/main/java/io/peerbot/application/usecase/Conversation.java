package io.peerbot.application.usecase;

import io.peerbot.application.port.Actor;
import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.CloudException;
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

    public static void tell(ChatPort chat, Actor actor, String mrkdwn) {
        chat.tellPrivately(actor.channel(), actor.userId(), new Notice.Text(mrkdwn));
    }

    /** What went wrong with an AWS call, in words that say what to do about it. */
    public static String explain(CloudException e) {
        if (e.permissionDenied()) {
            return "AWS refused `" + e.action() + "`: the bot's role lacks that permission (" + e.getMessage()
                    + "). Add it to the bot's IAM policy (see `iam/peerbot-policy.json`) and try again.";
        }
        return "AWS answered `" + e.code() + "` to `" + e.action() + "`: " + e.getMessage();
    }
}
