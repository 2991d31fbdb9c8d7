package io.peerbot.standin.slack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every message and ephemeral message, with its versions. All methods are synchronized and return immutable
 * snapshots; each change is recorded in the {@link EventLog} while the monitor is held, so the timeline's order
 * is the store's order.
 */
final class MessageStore {
    private final TsClock clock;
    private final EventLog log;
    private final String botUserId;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    MessageStore(TsClock clock, EventLog log, String botUserId) {
        this.clock = clock;
        this.log = log;
        this.botUserId = botUserId;
    }

    synchronized RecordedMessage post(String channel, String threadTs, boolean replyBroadcast, MessageContent content, String via) {
        return post(channel, threadTs, replyBroadcast, content, via, null);
    }

    /** @param metadataJson the message metadata ({@code event_type}, {@code event_payload}) as JSON, or null */
    synchronized RecordedMessage post(String channel, String threadTs, boolean replyBroadcast, MessageContent content,
                                      String via, String metadataJson) {
        Entry e = new Entry(channel, clock.next(), threadTs, false, null, threadTs != null && replyBroadcast);
        e.metadataJson = metadataJson;
        e.versions.add(version(content, null, via));
        entries.put(key(channel, e.ts), e);
        RecordedMessage snapshot = e.snapshot();
        log.record(new SlackEvent.MessagePosted(snapshot, via, Instant.now()));
        return snapshot;
    }

    synchronized RecordedMessage postEphemeral(String channel, String recipient, String threadTs, MessageContent content, String via) {
        Entry e = new Entry(channel, clock.next(), threadTs, true, recipient, false);
        e.versions.add(version(content, null, via));
        entries.put(key(channel, e.ts), e);
        RecordedMessage snapshot = e.snapshot();
        log.record(new SlackEvent.MessagePosted(snapshot, via, Instant.now()));
        return snapshot;
    }

    /** Replaces the parts of the content that {@code content} carries; absent parts stay as they were. */
    synchronized RecordedMessage update(String channel, String ts, MessageContent content, String via) throws ApiError {
        Entry e = live(channel, ts);
        e.versions.add(version(content, e.current(), via));
        RecordedMessage snapshot = e.snapshot();
        log.record(new SlackEvent.MessageUpdated(snapshot, via, Instant.now()));
        return snapshot;
    }

    synchronized RecordedMessage delete(String channel, String ts, String via) throws ApiError {
        Entry e = live(channel, ts);
        e.deleted = true;
        RecordedMessage snapshot = e.snapshot();
        log.record(new SlackEvent.MessageDeleted(snapshot, via, Instant.now()));
        return snapshot;
    }

    /** The message as it is now, deleted or not. */
    synchronized Optional<RecordedMessage> find(String channel, String ts) {
        Entry e = entries.get(key(channel, ts));
        return Optional.ofNullable(e == null ? null : e.snapshot());
    }

    synchronized List<RecordedMessage> select(Predicate<RecordedMessage> filter) {
        List<RecordedMessage> out = new ArrayList<>();
        for (Entry e : entries.values()) {
            RecordedMessage m = e.snapshot();
            if (filter.test(m)) {
                out.add(m);
            }
        }
        return List.copyOf(out);
    }

    synchronized int replyCount(String channel, String ts) {
        int count = 0;
        for (Entry e : entries.values()) {
            if (!e.ephemeral && !e.deleted && e.channel.equals(channel) && ts.equals(e.threadTs) && !ts.equals(e.ts)) {
                count++;
            }
        }
        return count;
    }

    private Entry live(String channel, String ts) throws ApiError {
        Entry e = entries.get(key(channel, ts));
        if (e == null || e.deleted) {
            throw new ApiError("message_not_found");
        }
        return e;
    }

    private static MessageVersion version(MessageContent content, MessageVersion previous, String via) {
        String text = content.text() != null ? content.text() : previous != null ? previous.text() : "";
        String blocks = content.blocksJson() != null ? content.blocksJson() : previous != null ? previous.blocksJson() : "[]";
        return new MessageVersion(text, blocks, Instant.now(), via);
    }

    private static String key(String channel, String ts) {
        return channel + "/" + ts;
    }

    private final class Entry {
        final String channel;
        final String ts;
        final String threadTs;
        final boolean ephemeral;
        final String recipient;
        final boolean replyBroadcast;
        final List<MessageVersion> versions = new ArrayList<>();
        boolean deleted;
        String metadataJson;

        Entry(String channel, String ts, String threadTs, boolean ephemeral, String recipient, boolean replyBroadcast) {
            this.channel = channel;
            this.ts = ts;
            this.threadTs = threadTs;
            this.ephemeral = ephemeral;
            this.recipient = recipient;
            this.replyBroadcast = replyBroadcast;
        }

        MessageVersion current() {
            return versions.get(versions.size() - 1);
        }

        RecordedMessage snapshot() {
            MessageVersion v = current();
            return new RecordedMessage(channel, ts, threadTs, botUserId, v.text(), v.blocksJson(), ephemeral, recipient,
                    replyBroadcast, deleted, versions, metadataJson);
        }
    }
}
