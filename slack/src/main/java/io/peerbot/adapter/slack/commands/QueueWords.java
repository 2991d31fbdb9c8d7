package io.peerbot.adapter.slack.commands;

import io.peerbot.adapter.slack.WorkQueue.Admission;
import java.util.Optional;

/** What people are told when their command or click waits its turn, or when they send too many at once. */
public final class QueueWords {
    private QueueWords() {
    }

    /** What to tell the person, if anything: nothing when the work started at once. */
    public static Optional<String> of(Admission admission) {
        if (admission instanceof Admission.Queued queued) {
            return Optional.of(queued(queued.ahead()));
        } else if (admission instanceof Admission.SlowDown slow) {
            return Optional.of(slowDown(slow.waiting()));
        } else if (admission instanceof Admission.Closed) {
            return Optional.of(stopping());
        }
        return Optional.empty();
    }

    static String queued(int ahead) {
        if (ahead == 0) {
            return "⏳ Queued — you are next. peerbot will answer here as soon as a worker is free.";
        }
        return "⏳ Queued — " + ahead + (ahead == 1 ? " job is" : " jobs are")
                + " ahead of you. peerbot will answer here as soon as it is your turn.";
    }

    static String slowDown(int waiting) {
        return "✋ You already have " + waiting + " commands or clicks waiting, so this one was not taken. "
                + "Nothing was done; send it again once peerbot has answered the others.";
    }

    static String stopping() {
        return "peerbot is restarting, so this was not taken. Nothing was done; please send it again in a minute.";
    }
}
