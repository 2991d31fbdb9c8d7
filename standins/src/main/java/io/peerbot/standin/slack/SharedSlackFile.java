package io.peerbot.standin.slack;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file the app uploaded ({@code files.getUploadURLExternal}, the bytes to the upload URL) and shared with
 * {@code files.completeUploadExternal}.
 *
 * @param id       Slack's {@code F…} ID
 * @param name     the {@code filename} given when the upload was asked for
 * @param title    the title given when it was completed (the name when none)
 * @param channel  where it was shared; null when completed without a channel (private to the bot)
 * @param threadTs the thread it was shared in, else null
 * @param content  the bytes received at the upload URL
 * @param at       when it was shared
 */
public record SharedSlackFile(String id, String name, String title, String channel, String threadTs, byte[] content,
                              Instant at) {

    public SharedSlackFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content as UTF-8 text. */
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    public int size() {
        return content.length;
    }

    /** Shared as a reply in {@code threadTs} of {@code channel}. */
    public boolean inThread(String channel, String threadTs) {
        return Objects.equals(this.channel, channel) && Objects.equals(this.threadTs, threadTs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SharedSlackFile f && id.equals(f.id) && name.equals(f.name) && title.equals(f.title)
                && Objects.equals(channel, f.channel) && Objects.equals(threadTs, f.threadTs)
                && Arrays.equals(content, f.content) && at.equals(f.at);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, title, channel, threadTs, Arrays.hashCode(content), at);
    }

    @Override
    public String toString() {
        return "SharedSlackFile[" + id + " " + name + " (" + content.length + " bytes) in " + channel
                + (threadTs == null ? "" : " thread " + threadTs) + "]";
    }
}
