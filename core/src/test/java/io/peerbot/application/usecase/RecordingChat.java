package io.peerbot.application.usecase;

import io.peerbot.application.port.ChatPort;
import io.peerbot.application.port.MessageRef;
import io.peerbot.application.port.Notice;
import java.util.ArrayList;
import java.util.List;

/** A chat that keeps what the bot replied in threads. */
final class RecordingChat implements ChatPort {
    record Reply(MessageRef thread, Notice notice) {
    }

    private final List<Reply> replies = new ArrayList<>();

    synchronized List<Reply> replies() {
        return List.copyOf(replies);
    }

    @Override
    public MessageRef post(String channel, Notice notice) {
        throw new UnsupportedOperationException("the test posts only into threads");
    }

    @Override
    public synchronized MessageRef reply(MessageRef thread, Notice notice) {
        replies.add(new Reply(thread, notice));
        return new MessageRef(thread.channel(), "1700000001.00000" + replies.size());
    }

    @Override
    public void update(MessageRef message, Notice notice) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void tellPrivately(String channel, String userId, Notice notice) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String permalink(MessageRef message) {
        return "";
    }
}
