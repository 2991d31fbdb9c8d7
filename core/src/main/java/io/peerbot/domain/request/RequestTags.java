package io.peerbot.domain.request;

import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.network.ResourceIds;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a request into a peering connection's tags and reads it back. Everything peerbot creates
 * carries {@code peerbot:managed=true}; values respect EC2's limits (50 tags, 256 characters a value)
 * and keep to the characters every AWS service accepts ({@link TagText}). Times are kept to the second,
 * except a change's time of asking, kept to the millisecond.
 *
 * <p>The latest change asked for ({@link PeeringChange}) sits in the same tags:
 * <pre>
 * peerbot:change            close tcp:5432 icmp     (kind, then its ports; "delete" alone)
 * peerbot:change-state      awaiting-approval | applying | done | denied | failed
 * peerbot:change-by         U0ALICE
 * peerbot:change-at         2024-11-29T08:26:40.123Z
 * peerbot:change-approvals  requester=U0ALICE@1732868800 accepter=U0BOB@1732868900
 * peerbot:change-denied-by  (empty unless denied)
 * peerbot:change-message    1732868800.000200      (the change's message in the request's thread)
 * </pre>
 *
 * <p>A managed peering whose tags were edited into something unreadable decodes to empty, like an
 * unmanaged one, so a click on it changes nothing; {@link #whyUnreadable} says what is wrong.
 */
public final class RequestTags {
    public static final String MANAGED = "peerbot:managed";
    public static final String STATE = "peerbot:state";
    public static final String NAME = "Name";
    public static final String REQUESTED_BY = "peerbot:requested-by";
    public static final String CHANNEL = "peerbot:channel";
    public static final String THREAD = "peerbot:thread";
    public static final String PORTS = "peerbot:ports";
    public static final String SUBNETS = "peerbot:subnets";
    public static final String DNS = "peerbot:dns";
    public static final String TEST = "peerbot:test";
    public static final String REASON = "peerbot:reason";
    public static final String APPROVALS = "peerbot:approvals";
    public static final String DENIED_BY = "peerbot:denied-by";
    public static final String CREATED = "peerbot:created";
    /** The latest change: its kind and ports, e.g. {@code close tcp:5432 icmp} or {@code delete}. */
    public static final String CHANGE = "peerbot:change";
    public static final String CHANGE_STATE = "peerbot:change-state";
    public static final String CHANGE_BY = "peerbot:change-by";
    /** When the change was asked for, to the millisecond (it tells one change from the next). */
    public static final String CHANGE_AT = "peerbot:change-at";
    public static final String CHANGE_APPROVALS = "peerbot:change-approvals";
    public static final String CHANGE_DENIED_BY = "peerbot:change-denied-by";
    /** The {@code ts} of the change's message in the request's thread. */
    public static final String CHANGE_MESSAGE = "peerbot:change-message";
    /**
     * The most values a list of ports takes ({@link PortList#MAX_ITEMS} of the longest item); a list that
     * shrinks overwrites every one of them, so nothing stale is read back.
     */
    private static final int PORT_LIST_VALUES = 2;
    public static final int MAX_TAGS = 50;

    private static final Pattern APPROVAL =
            Pattern.compile("(requester|accepter)=(" + SlackIds.USER.pattern() + ")@(\\d{1,12})");

    private RequestTags() {
    }

    /** All tags for the request, {@code Name} included (naming the VPCs by id). */
    public static Map<String, String> encode(PeeringRequest request) {
        return encode(request, request.requester().vpcId(), request.accepter().vpcId());
    }

    /** All tags for the request, with a {@code Name} such as "peerbot app-vpc to db-vpc". */
    public static Map<String, String> encode(PeeringRequest request, String requesterName, String accepterName) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(MANAGED, "true");
        tags.put(NAME, TagText.readable("peerbot " + requesterName + " to " + accepterName));
        tags.put(STATE, request.state().tag());
        tags.put(REQUESTED_BY, checked(REQUESTED_BY, request.requestedBy(), SlackIds.USER));
        if (request.channel() != null) {
            tags.put(CHANNEL, checked(CHANNEL, request.channel(), SlackIds.CHANNEL));
        }
        if (request.threadTs() != null) {
            tags.put(THREAD, checked(THREAD, request.threadTs(), SlackIds.MESSAGE_TS));
        }
        PeeringOptions options = request.options();
        TagList.put(tags, PORTS, options.ports().stream().map(PortRange::toString).toList());
        TagList.put(tags, SUBNETS,
                options.subnets().stream().map(s -> checked(SUBNETS, s, ResourceIds.SUBNET)).toList());
        tags.put(DNS, String.valueOf(options.dns()));
        tags.put(TEST, String.valueOf(options.test()));
        if (!options.reason().isEmpty()) {
            tags.put(REASON, TagText.escapeWithin(options.reason(), TagText.MAX_VALUE));
        }
        TagList.put(tags, APPROVALS, request.approvals().stream().map(RequestTags::approval).toList());
        if (request.deniedBy() != null) {
            tags.put(DENIED_BY, checked(DENIED_BY, request.deniedBy(), SlackIds.USER));
        }
        tags.put(CREATED, request.createdAt().truncatedTo(ChronoUnit.SECONDS).toString());
        if (request.change() != null) {
            padded(tags, PORTS);
            putChange(tags, request.change());
        }
        if (tags.size() > MAX_TAGS) {
            throw new IllegalArgumentException("the request needs " + tags.size() + " tags; EC2 allows " + MAX_TAGS);
        }
        return Collections.unmodifiableMap(tags);
    }

    /** The request a managed peering carries; empty for a peering peerbot did not make or cannot read. */
    public static Optional<PeeringRequest> decode(PeeringConnection peering) {
        if (!managed(peering)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(peering));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    /** What makes a managed peering's tags unreadable; empty when they read fine or it is not managed. */
    public static Optional<String> whyUnreadable(PeeringConnection peering) {
        if (!managed(peering)) {
            return Optional.empty();
        }
        try {
            read(peering);
            return Optional.empty();
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.of(peering.id() + " has peerbot tags that cannot be read: " + e.getMessage());
        }
    }

    public static boolean managed(PeeringConnection peering) {
        return "true".equalsIgnoreCase(peering.tags().getOrDefault(MANAGED, "").strip());
    }

    private static PeeringRequest read(PeeringConnection peering) {
        Map<String, String> tags = peering.tags();
        String state = required(tags, STATE);
        String created = required(tags, CREATED);
        List<String> ports = TagList.get(tags, PORTS);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("tag " + PORTS + " is missing");
        }
        List<PortRange> portRanges = field(PORTS, () -> PortList.parse(String.join(",", ports)));
        List<String> subnets = TagList.get(tags, SUBNETS).stream()
                .map(s -> checked(SUBNETS, s.toLowerCase(Locale.ROOT), ResourceIds.SUBNET)).toList();
        String reason = field(REASON, () -> TagText.unescape(tags.getOrDefault(REASON, "")));
        PeeringOptions options = new PeeringOptions(portRanges, subnets, bool(tags, DNS, false),
                bool(tags, TEST, true), reason);
        List<Approval> approvals = new ArrayList<>();
        for (String item : TagList.get(tags, APPROVALS)) {
            approvals.add(approval(item));
        }
        return new PeeringRequest(peering.id(), peering.requester(), peering.accepter(),
                checked(REQUESTED_BY, required(tags, REQUESTED_BY), SlackIds.USER),
                optional(tags, CHANNEL, SlackIds.CHANNEL), optional(tags, THREAD, SlackIds.MESSAGE_TS), options,
                approvals,
                optional(tags, DENIED_BY, SlackIds.USER),
                field(STATE, () -> RequestState.fromTag(state)), field(CREATED, () -> Instant.parse(created)),
                change(tags));
    }

    /**
     * Every change tag is written, empty where there is nothing to say, so a change overwrites all that
     * the one before it left (EC2 tags are only ever added or overwritten here).
     */
    private static void putChange(Map<String, String> tags, PeeringChange change) {
        List<String> what = new ArrayList<>();
        what.add(change.kind().tag());
        change.ports().stream().map(PortRange::toString).forEach(what::add);
        TagList.put(tags, CHANGE, what);
        padded(tags, CHANGE);
        tags.put(CHANGE_STATE, change.state().tag());
        tags.put(CHANGE_BY, checked(CHANGE_BY, change.requestedBy(), SlackIds.USER));
        tags.put(CHANGE_AT, change.requestedAt().toString());
        tags.put(CHANGE_APPROVALS, "");
        TagList.put(tags, CHANGE_APPROVALS, change.approvals().stream().map(RequestTags::approval).toList());
        tags.put(CHANGE_DENIED_BY, change.deniedBy() == null ? ""
                : checked(CHANGE_DENIED_BY, change.deniedBy(), SlackIds.USER));
        tags.put(CHANGE_MESSAGE, change.messageTs() == null ? ""
                : checked(CHANGE_MESSAGE, change.messageTs(), SlackIds.MESSAGE_TS));
    }

    /** Writes empty continuations of a list of ports up to the most it can take. */
    private static void padded(Map<String, String> tags, String key) {
        for (int n = 2; n <= PORT_LIST_VALUES; n++) {
            tags.putIfAbsent(key + ":" + n, "");
        }
    }

    private static PeeringChange change(Map<String, String> tags) {
        List<String> what = TagList.get(tags, CHANGE);
        if (what.isEmpty()) {
            return null;
        }
        ChangeKind kind = field(CHANGE, () -> ChangeKind.fromTag(what.get(0).toLowerCase(Locale.ROOT)));
        List<PortRange> ports = what.size() == 1 ? List.of()
                : field(CHANGE, () -> PortList.parse(String.join(",", what.subList(1, what.size()))));
        String at = required(tags, CHANGE_AT);
        List<Approval> approvals = new ArrayList<>();
        for (String item : TagList.get(tags, CHANGE_APPROVALS)) {
            approvals.add(approval(item));
        }
        String state = required(tags, CHANGE_STATE);
        return field(CHANGE, () -> new PeeringChange(kind, ports,
                checked(CHANGE_BY, required(tags, CHANGE_BY), SlackIds.USER),
                field(CHANGE_AT, () -> Instant.parse(at)), approvals,
                field(CHANGE_STATE, () -> ChangeState.fromTag(state)),
                optional(tags, CHANGE_DENIED_BY, SlackIds.USER),
                optional(tags, CHANGE_MESSAGE, SlackIds.MESSAGE_TS)));
    }

    private static String approval(Approval approval) {
        return approval.side().label() + "=" + checked(APPROVALS, approval.userId(), SlackIds.USER) + "@"
                + approval.at().getEpochSecond();
    }

    private static Approval approval(String item) {
        Matcher m = APPROVAL.matcher(item);
        if (!m.matches()) {
            throw new IllegalArgumentException("tag " + APPROVALS + ": '" + item
                    + "' is not side=user@epoch-seconds (e.g. accepter=U456DEF@1732870100)");
        }
        Side side = m.group(1).equals("requester") ? Side.REQUESTER : Side.ACCEPTER;
        return new Approval(side, m.group(2), Instant.ofEpochSecond(Long.parseLong(m.group(3))));
    }

    private static boolean bool(Map<String, String> tags, String key, boolean absent) {
        String value = tags.get(key);
        if (value == null) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("tag " + key + ": '" + value + "' is neither true nor false");
        };
    }

    private static String required(Map<String, String> tags, String key) {
        String value = tags.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("tag " + key + " is missing");
        }
        return value.strip();
    }

    private static String optional(Map<String, String> tags, String key, Pattern form) {
        String value = tags.get(key);
        return value == null || value.isBlank() ? null : checked(key, value.strip(), form);
    }

    private static String checked(String key, String value, Pattern form) {
        if (value == null || !form.matcher(value).matches()) {
            throw new IllegalArgumentException("tag " + key + ": '" + value + "' is not of the form " + form.pattern());
        }
        return value;
    }

    private static <T> T field(String key, Supplier<T> reader) {
        try {
            return reader.get();
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IllegalArgumentException("tag " + key + ": " + e.getMessage(), e);
        }
    }
}
