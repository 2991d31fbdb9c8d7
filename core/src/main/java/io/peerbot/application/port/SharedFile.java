package io.peerbot.application.port;

import io.peerbot.domain.chat.MessageRef;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A file the bot shares in a channel, or in a thread of it when {@code thread} is present: a picture of the
 * network, Terraform for a peering. {@code filename} is what people download ({@code peering-pcx-….tf}),
 * {@code title} what the chat shows above it.
 */
public record SharedFile(String channel, Optional<MessageRef> thread, String filename, String title, byte[] content) {
    /** Larger than anything the bot makes (a map of hundreds of VPCs), far below what chats accept. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final int MAX_NAME_LENGTH = 255;

    public SharedFile {
        Objects.requireNonNull(thread, "thread");
        Objects.requireNonNull(content, "content");
        if (channel == null || channel.isBlank()) {
            throw new IllegalArgumentException("a shared file needs a channel");
        }
        thread.ifPresent(t -> {
            if (!t.channel().equals(channel)) {
                throw new IllegalArgumentException("thread " + t + " is not in channel " + channel);
            }
        });
        filename = checkedName("filename", filename);
        title = checkedName("title", title);
        if (filename.contains("/") || filename.contains("\\")) {
            throw new IllegalArgumentException("a filename names no directory: " + filename);
        }
        if (content.length == 0 || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("a shared file holds 1 to " + MAX_BYTES + " bytes, not "
                    + content.length);
        }
        content = content.clone();
    }

    /** A file posted in {@code thread}. */
    public static SharedFile inThread(MessageRef thread, String filename, String title, byte[] content) {
        return new SharedFile(thread.channel(), Optional.of(thread), filename, title, content);
    }

    /** A file posted in the channel itself. */
    public static SharedFile inChannel(String channel, String filename, String title, byte[] content) {
        return new SharedFile(channel, Optional.empty(), filename, title, content);
    }

    /** A copy: the record stays unchanged whatever the caller does with it. */
    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    private static String checkedName(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a shared file needs a " + what);
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a shared file's " + what + " is at most " + MAX_NAME_LENGTH
                    + " characters");
        }
        return trimmed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SharedFile f && channel.equals(f.channel) && thread.equals(f.thread)
                && filename.equals(f.filename) && title.equals(f.title) && Arrays.equals(content, f.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(channel, thread, filename, title, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "SharedFile[" + filename + " (" + content.length + " bytes) in " + channel
                + thread.map(t -> " thread " + t.ts()).orElse("") + "]";
    }
}
