package io.peerbot.adapter.aws.record;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.drift.ApprovedScope;
import io.peerbot.domain.drift.DriftMemo;
import io.peerbot.domain.network.Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the drift watch keeps with a peering, in the record's own tags (so the seal covers it), written only when
 * there is something to keep:
 *
 * <pre>
 * peerbot:drift-requester   rtb-0a1b2c3d sg-0a1b2c3d 10.2.0.0/16   (the approved scope on that side: tables,
 * peerbot:drift-accepter    rtb-… sg-… 10.1.0.0/16                  groups and the peer's blocks they cover)
 * peerbot:drift-reported    3f9a0c1d2e4b5a69 …                      (fingerprints of findings posted)
 * peerbot:drift-dismissed   3f9a0c1d2e4b5a69@U0ALICE …               (findings dismissed, and by whom)
 * </pre>
 */
final class DriftTags {
    static final String REQUESTER = "peerbot:drift-requester";
    static final String ACCEPTER = "peerbot:drift-accepter";
    static final String REPORTED = "peerbot:drift-reported";
    static final String DISMISSED = "peerbot:drift-dismissed";
    private static final Pattern TABLE = Pattern.compile("rtb-[0-9a-f]{8,17}");
    private static final Pattern GROUP = Pattern.compile("sg-[0-9a-f]{8,17}");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");

    private DriftTags() {
    }

    static void put(Map<String, String> tags, DriftMemo memo) {
        scope(tags, REQUESTER, memo.scope().requester());
        scope(tags, ACCEPTER, memo.scope().accepter());
        if (!memo.reported().isEmpty()) {
            TagList.put(tags, REPORTED, List.copyOf(memo.reported()));
        }
        if (!memo.dismissed().isEmpty()) {
            List<String> items = new ArrayList<>();
            memo.dismissed().forEach((fingerprint, user) -> items.add(fingerprint + "@" + user));
            TagList.put(tags, DISMISSED, items);
        }
    }

    private static void scope(Map<String, String> tags, String key, ApprovedScope.SideScope side) {
        if (side.isEmpty()) {
            return;
        }
        List<String> items = new ArrayList<>(new TreeSet<>(side.tables()));
        items.addAll(new TreeSet<>(side.groups()));
        side.peerBlocks().stream().sorted().map(Cidr::toString).forEach(items::add);
        TagList.put(tags, key, items);
    }

    static DriftMemo read(Map<String, String> tags) {
        ApprovedScope scope = new ApprovedScope(scope(tags, REQUESTER), scope(tags, ACCEPTER));
        Set<String> reported = new TreeSet<>();
        for (String item : TagList.get(tags, REPORTED)) {
            reported.add(checked(REPORTED, item, FINGERPRINT));
        }
        Map<String, String> dismissed = new LinkedHashMap<>();
        for (String item : TagList.get(tags, DISMISSED)) {
            int at = item.indexOf('@');
            if (at < 0) {
                throw new IllegalArgumentException("tag " + DISMISSED + ": '" + item + "' is not fingerprint@user");
            }
            dismissed.put(checked(DISMISSED, item.substring(0, at), FINGERPRINT),
                    checked(DISMISSED, item.substring(at + 1), SlackIds.USER));
        }
        return new DriftMemo(scope, reported, dismissed);
    }

    private static ApprovedScope.SideScope scope(Map<String, String> tags, String key) {
        Set<String> tables = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<Cidr> blocks = new TreeSet<>();
        for (String item : TagList.get(tags, key)) {
            if (TABLE.matcher(item).matches()) {
                tables.add(item);
            } else if (GROUP.matcher(item).matches()) {
                groups.add(item);
            } else {
                blocks.add(Cidr.parse(item));
            }
        }
        return new ApprovedScope.SideScope(tables, groups, blocks);
    }

    private static String checked(String key, String value, Pattern form) {
        if (!form.matcher(value).matches()) {
            throw new IllegalArgumentException("tag " + key + ": '" + value + "' is not of the form " + form.pattern());
        }
        return value;
    }
}
