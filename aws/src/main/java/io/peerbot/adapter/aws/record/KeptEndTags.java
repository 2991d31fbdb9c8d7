package io.peerbot.adapter.aws.record;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The changes whose ends the record keeps apart from its latest change — the temporary opening in force (or its
 * latest renewal) and the latest renewal of a temporary peering — each in one list of the record's own tags (so the
 * seal covers it), written only while there is one. A change of its own would take a dozen tags; this keeps what
 * its end needs: its kind and ports, who asked and when (its id), its end, the last reminder, its card and the
 * consent given to it.
 *
 * <pre>
 * peerbot:opening   open tcp:6379 by=U0ALICE at=2026-12-02T10:00:00.123Z ends=2026-12-02T12:00:00Z
 *                   reminded=2026-12-02T11:48:00Z message=1764669600.000200 requester=U0ALICE@1764669600 …
 * peerbot:renewal   renew by=U0BOB at=2026-12-09T09:00:00.456Z ends=2026-12-16T09:00:00Z requester=… accepter=…
 * </pre>
 * (continued in {@code peerbot:opening:2} when longer than one value).
 */
final class KeptEndTags {
    static final String OPENING = "peerbot:opening";
    static final String RENEWAL = "peerbot:renewal";
    private static final String BY = "by=";
    private static final String AT = "at=";
    private static final String ENDS = "ends=";
    private static final String REMINDED = "reminded=";
    private static final String MESSAGE = "message=";

    private KeptEndTags() {
    }

    static void put(Map<String, String> tags, String key, Optional<Change> kept) {
        if (kept.isEmpty()) {
            return;
        }
        Change change = kept.get();
        List<String> items = new ArrayList<>();
        items.add(change.kind().tag());
        change.ports().stream().map(PortRange::toString).forEach(items::add);
        items.add(BY + checked(key, change.requestedBy()));
        items.add(AT + change.requestedAt());
        items.add(ENDS + change.endsAt());
        if (change.remindedAt() != null) {
            items.add(REMINDED + change.remindedAt());
        }
        if (change.messageTs() != null) {
            items.add(MESSAGE + change.messageTs());
        }
        change.approvals().stream().map(PeeringRecord::approval).forEach(items::add);
        TagList.put(tags, key, items);
    }

    /** The change the tags keep under {@code key}; empty when they keep none. */
    static Optional<Change> read(Map<String, String> tags, String key) {
        List<String> items = TagList.get(tags, key);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        ChangeKind kind = ChangeKind.fromTag(items.get(0).toLowerCase(Locale.ROOT));
        boolean fits = kind == ChangeKind.RENEW || kind == ChangeKind.OPEN && key.equals(OPENING);
        if (!fits) {
            throw new IllegalArgumentException("tag " + key + ": '" + kind.tag() + "' does not belong here");
        }
        List<String> ports = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        List<Approval> approvals = new ArrayList<>();
        for (String item : items.subList(1, items.size())) {
            int equals = item.indexOf('=');
            String name = equals < 0 ? "" : item.substring(0, equals + 1);
            if (equals < 0) {
                ports.add(item);
            } else if (List.of(BY, AT, ENDS, REMINDED, MESSAGE).contains(name)) {
                if (fields.put(name, item.substring(equals + 1)) != null) {
                    throw new IllegalArgumentException("tag " + key + ": '" + name + "' twice");
                }
            } else {
                approvals.add(PeeringRecord.approval(key, item));
            }
        }
        List<PortRange> ranges = ports.isEmpty() ? List.of() : PortList.parse(String.join(",", ports));
        String messageTs = fields.get(MESSAGE);
        if (messageTs != null && !SlackIds.MESSAGE_TS.matcher(messageTs).matches()) {
            throw new IllegalArgumentException("tag " + key + ": '" + messageTs + "' is not a message ts");
        }
        Instant reminded = Optional.ofNullable(fields.get(REMINDED)).map(Instant::parse).orElse(null);
        return Optional.of(new Change(kind, ranges, checked(key, required(key, fields, BY)),
                Instant.parse(required(key, fields, AT)), approvals, ChangeState.DONE, null, messageTs, "",
                Instant.parse(required(key, fields, ENDS)), reminded, false));
    }

    private static String required(String key, Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("tag " + key + ": '" + name + "…' is missing");
        }
        return value;
    }

    private static String checked(String key, String user) {
        if (!SlackIds.USER.matcher(user).matches()) {
            throw new IllegalArgumentException("tag " + key + ": '" + user + "' is not a Slack user id");
        }
        return user;
    }
}
