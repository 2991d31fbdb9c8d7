package io.peerbot.adapter.aws.record;

import io.peerbot.domain.chat.MessageRef;
import io.peerbot.domain.chat.SlackIds;
import io.peerbot.domain.lifecycle.Approval;
import io.peerbot.domain.lifecycle.Change;
import io.peerbot.domain.lifecycle.ChangeKind;
import io.peerbot.domain.lifecycle.ChangeState;
import io.peerbot.domain.lifecycle.ManagedPeering;
import io.peerbot.domain.lifecycle.PcxId;
import io.peerbot.domain.lifecycle.ThreadLink;
import io.peerbot.domain.network.ResourceIds;
import io.peerbot.domain.peering.PeeringConnection;
import io.peerbot.domain.peering.PeeringOptions;
import io.peerbot.domain.peering.RuleTargets;
import io.peerbot.domain.peering.Side;
import io.peerbot.domain.traffic.PortList;
import io.peerbot.domain.traffic.PortRange;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
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
 * Writes a managed peering into its connection's tags and reads it back. Everything peerbot creates
 * carries {@code peerbot:managed=true}; values respect EC2's limits (50 tags, 256 characters a value) and
 * keep to the characters every AWS service accepts ({@link TagText}).
 *
 * <pre>
 * peerbot:state            applied        (the peering's stage, for people and tag filters; never read back)
 * peerbot:channel          C0NETWORK      peerbot:thread  1732868800.000100   (the peering's Slack thread)
 * peerbot:ports            icmp tcp:6379  (the ports in force now)
 * peerbot:subnets, peerbot:dns, peerbot:test, peerbot:reason                  (the options asked for)
 * peerbot:override         why an admin went ahead against a policy denial (absent when nothing was overridden)
 * peerbot:to, peerbot:from, peerbot:both-ways, peerbot:source-groups          (only when asked for)
 * peerbot:create           create tcp:5432 icmp   (the creation: its kind and the ports asked for)
 * peerbot:change           close tcp:5432         (the latest later change: open, close or delete)
 * peerbot:unreported       create                 (whose outcome the thread may still lack: create, change or empty)
 * peerbot:opening          open tcp:6379 by=… ends=…  (the temporary opening in force, only while there is one)
 * peerbot:renewal          renew by=… ends=…          (the latest renewal of a temporary peering, once renewed)
 * </pre>
 * Each change, the creation ({@code peerbot:create-…}) as every later one ({@code peerbot:change-…}), is
 * written the same way: {@code -state} (awaiting-approval, applying, done, failed, denied, expired),
 * {@code -by}, {@code -at} (to the millisecond: its id), {@code -approvals}
 * ({@code requester=U0ALICE@1732868800 accepter=U0BOB@1732868900}), {@code -denied-by}, {@code -message}
 * (its card in the thread), {@code -plan} (the digest of the plan on its card), {@code -ends} (when a temporary
 * creation or opening is taken away again, or a renewal's new end) and {@code -reminded} (when the last reminder
 * about it went out), both ISO-8601 instants or empty.
 *
 * <p>A managed peering whose tags were edited into something unreadable decodes to empty, like an
 * unmanaged one, so a click on it changes nothing; {@link #whyUnreadable} says what is wrong.
 */
public final class PeeringRecord {
    public static final String MANAGED = "peerbot:managed";
    public static final String STATE = "peerbot:state";
    public static final String NAME = "Name";
    public static final String CHANNEL = ThreadLink.CHANNEL_TAG;
    public static final String THREAD = ThreadLink.THREAD_TAG;
    public static final String PORTS = "peerbot:ports";
    public static final String SUBNETS = "peerbot:subnets";
    public static final String DNS = "peerbot:dns";
    public static final String TEST = "peerbot:test";
    public static final String REASON = "peerbot:reason";
    public static final String OVERRIDE = "peerbot:override";
    /** The groups picked with {@code --to} / {@code --from}; written only when picked. */
    public static final String TO = "peerbot:to";
    public static final String FROM = "peerbot:from";
    /** {@code --both-ways} and {@code --source-groups}; written only when asked for. */
    public static final String BOTH_WAYS = "peerbot:both-ways";
    public static final String SOURCE_GROUPS = "peerbot:source-groups";
    /** Present (true) only when the requester allowed moving traffic off an existing path. */
    public static final String OVERRIDE_ROUTES = "peerbot:override-routes";
    /** The creation's tags. */
    public static final String CREATE = "peerbot:create";
    /** The latest later change's tags. */
    public static final String CHANGE = "peerbot:change";
    /**
     * Which changes ({@code create}, {@code change}) are done or failed in AWS while their final message and cards
     * may not be in the thread yet: a restart reports them. One tag for both, always written (empty when nothing is
     * owed), so the record keeps its number of tags and a save never has a tag of it to remove.
     */
    public static final String UNREPORTED = "peerbot:unreported";
    public static final String STATE_SUFFIX = "-state";
    public static final String BY_SUFFIX = "-by";
    public static final String AT_SUFFIX = "-at";
    public static final String APPROVALS_SUFFIX = "-approvals";
    public static final String DENIED_BY_SUFFIX = "-denied-by";
    public static final String MESSAGE_SUFFIX = "-message";
    public static final String PLAN_SUFFIX = "-plan";
    public static final String ENDS_SUFFIX = "-ends";
    public static final String REMINDED_SUFFIX = "-reminded";
    /**
     * The most values a list of ports takes ({@link PortList#MAX_ITEMS} of the longest item); a list that
     * shrinks overwrites every one of them, so nothing stale is read back.
     */
    private static final int PORT_LIST_VALUES = 2;
    public static final int MAX_TAGS = 50;
    private static final Pattern DIGEST = Pattern.compile("[A-Za-z0-9+/=:._-]{0,256}");

    /**
     * An extra approver's consent is kept as {@code extra.<rule>=user@epoch}, the policy rule's name in unpadded
     * base64url, so any name fits a tag value and the list's separators.
     */
    private static final String EXTRA_PREFIX = "extra.";

    private static final Pattern APPROVAL =
            Pattern.compile("(requester|accepter|" + EXTRA_PREFIX.replace(".", "\\.") + "[A-Za-z0-9_-]{1,200})=("
                    + SlackIds.USER.pattern() + ")@(\\d{1,12})");

    private PeeringRecord() {
    }

    /** All tags for the peering but its {@code Name} (given once, at creation). */
    public static Map<String, String> encode(ManagedPeering peering) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(MANAGED, "true");
        tags.put(STATE, peering.stage().tag());
        if (peering.thread() != null) {
            tags.put(CHANNEL, checked(CHANNEL, peering.thread().channel(), SlackIds.CHANNEL));
            tags.put(THREAD, checked(THREAD, peering.thread().ts(), SlackIds.MESSAGE_TS));
        }
        PeeringOptions options = peering.options();
        TagList.put(tags, PORTS, options.ports().stream().map(PortRange::toString).toList());
        padded(tags, PORTS);
        TagList.put(tags, SUBNETS,
                options.subnets().stream().map(s -> checked(SUBNETS, s, ResourceIds.SUBNET)).toList());
        tags.put(DNS, String.valueOf(options.dns()));
        tags.put(TEST, String.valueOf(options.test()));
        if (options.overrideRoutes()) {
            tags.put(OVERRIDE_ROUTES, "true");
        }
        if (!options.reason().isEmpty()) {
            tags.put(REASON, TagText.escapeWithin(options.reason(), TagText.MAX_VALUE));
        }
        if (options.overridden()) {
            tags.put(OVERRIDE, TagText.escapeWithin(options.override(), TagText.MAX_VALUE));
        }
        putTargets(tags, options.targets());
        putChange(tags, CREATE, peering.creation());
        if (peering.later() != null) {
            putChange(tags, CHANGE, peering.later());
        }
        List<String> owed = new ArrayList<>();
        if (peering.creation().unreported()) {
            owed.add(changeName(CREATE));
        }
        if (peering.later() != null && peering.later().unreported()) {
            owed.add(changeName(CHANGE));
        }
        tags.put(UNREPORTED, String.join(" ", owed));
        DriftTags.put(tags, peering.drift());
        KeptEndTags.put(tags, KeptEndTags.OPENING, peering.opening());
        KeptEndTags.put(tags, KeptEndTags.RENEWAL, peering.renewed());
        if (tags.size() + 1 > MAX_TAGS) {
            throw new IllegalArgumentException("the peering needs " + (tags.size() + 1) + " tags; EC2 allows "
                    + MAX_TAGS);
        }
        return Collections.unmodifiableMap(tags);
    }

    /** All tags for a peering about to be created, with a {@code Name} such as "peerbot app-vpc to db-vpc". */
    public static Map<String, String> encode(ManagedPeering peering, String requesterName, String accepterName) {
        Map<String, String> tags = new LinkedHashMap<>(encode(peering));
        tags.put(NAME, TagText.readable("peerbot " + requesterName + " to " + accepterName));
        return Collections.unmodifiableMap(tags);
    }

    /** When the creation was asked for, as a record says; empty when it does not say it readably. */
    public static Optional<Instant> createdAt(Map<String, String> record) {
        try {
            return Optional.ofNullable(record.get(CREATE + AT_SUFFIX)).map(Instant::parse);
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The peering a managed connection carries; empty for a connection peerbot did not make or cannot read. */
    public static Optional<ManagedPeering> decode(PeeringConnection peering) {
        if (!managed(peering)) {
            return Optional.empty();
        }
        try {
            return Optional.of(read(peering));
        } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
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
        } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
            return Optional.of(e.getMessage());
        }
    }

    public static boolean managed(PeeringConnection peering) {
        return "true".equalsIgnoreCase(peering.tags().getOrDefault(MANAGED, "").strip());
    }

    private static ManagedPeering read(PeeringConnection peering) {
        Map<String, String> tags = peering.tags();
        List<String> ports = TagList.get(tags, PORTS);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("tag " + PORTS + " is missing");
        }
        List<PortRange> portRanges = field(PORTS, () -> PortList.parse(String.join(",", ports)));
        List<String> subnets = TagList.get(tags, SUBNETS).stream()
                .map(s -> checked(SUBNETS, s.toLowerCase(Locale.ROOT), ResourceIds.SUBNET)).toList();
        String reason = field(REASON, () -> TagText.unescape(tags.getOrDefault(REASON, "")));
        String override = field(OVERRIDE, () -> TagText.unescape(tags.getOrDefault(OVERRIDE, "")));
        RuleTargets targets = new RuleTargets(groups(tags, TO), groups(tags, FROM), bool(tags, BOTH_WAYS, false),
                bool(tags, SOURCE_GROUPS, false));
        PeeringOptions options = new PeeringOptions(portRanges, subnets, bool(tags, DNS, false),
                bool(tags, TEST, true), reason, targets).withOverrideRoutes(bool(tags, OVERRIDE_ROUTES, false))
                .overriding(override);
        String channel = optional(tags, CHANNEL, SlackIds.CHANNEL);
        String thread = optional(tags, THREAD, SlackIds.MESSAGE_TS);
        List<String> unreported = TagList.get(tags, UNREPORTED);
        for (String item : unreported) {
            if (!item.equals(changeName(CREATE)) && !item.equals(changeName(CHANGE))) {
                throw new IllegalArgumentException("tag " + UNREPORTED + ": '" + item + "' is neither "
                        + changeName(CREATE) + " nor " + changeName(CHANGE));
            }
        }
        Change creation = change(tags, CREATE, unreported).orElseThrow(() -> new IllegalArgumentException("tag "
                + CREATE + " is missing"));
        Change later = change(tags, CHANGE, unreported).orElse(null);
        return new ManagedPeering(new PcxId(peering.id()), peering.requester(), peering.accepter(),
                channel == null || thread == null ? null : new MessageRef(channel, thread), options, creation, later,
                DriftTags.read(tags), kept(tags, KeptEndTags.OPENING), kept(tags, KeptEndTags.RENEWAL)).withEndsKept();
    }

    private static Change kept(Map<String, String> tags, String key) {
        return field(key, () -> KeptEndTags.read(tags, key)).orElse(null);
    }

    private static void putTargets(Map<String, String> tags, RuleTargets targets) {
        if (!targets.to().isEmpty()) {
            TagList.put(tags, TO, targets.to().stream().map(g -> checked(TO, g, ResourceIds.SECURITY_GROUP)).toList());
        }
        if (!targets.from().isEmpty()) {
            TagList.put(tags, FROM, targets.from().stream().map(g -> checked(FROM, g, ResourceIds.SECURITY_GROUP))
                    .toList());
        }
        if (targets.bothWays()) {
            tags.put(BOTH_WAYS, "true");
        }
        if (targets.sourceGroups()) {
            tags.put(SOURCE_GROUPS, "true");
        }
    }

    private static List<String> groups(Map<String, String> tags, String key) {
        return TagList.get(tags, key).stream()
                .map(g -> checked(key, g.toLowerCase(Locale.ROOT), ResourceIds.SECURITY_GROUP)).toList();
    }

    /**
     * Every tag of the change is written, empty where there is nothing to say, so a change overwrites all that
     * the one before it left (EC2 tags are only ever added or overwritten here).
     */
    private static void putChange(Map<String, String> tags, String key, Change change) {
        List<String> what = new ArrayList<>();
        what.add(change.kind().tag());
        change.ports().stream().map(PortRange::toString).forEach(what::add);
        TagList.put(tags, key, what);
        padded(tags, key);
        tags.put(key + STATE_SUFFIX, change.state().tag());
        tags.put(key + BY_SUFFIX, checked(key + BY_SUFFIX, change.requestedBy(), SlackIds.USER));
        tags.put(key + AT_SUFFIX, change.requestedAt().toString());
        tags.put(key + APPROVALS_SUFFIX, "");
        TagList.put(tags, key + APPROVALS_SUFFIX, change.approvals().stream().map(PeeringRecord::approval).toList());
        tags.put(key + DENIED_BY_SUFFIX, change.deniedBy() == null ? ""
                : checked(key + DENIED_BY_SUFFIX, change.deniedBy(), SlackIds.USER));
        tags.put(key + MESSAGE_SUFFIX, change.messageTs() == null ? ""
                : checked(key + MESSAGE_SUFFIX, change.messageTs(), SlackIds.MESSAGE_TS));
        tags.put(key + PLAN_SUFFIX, checked(key + PLAN_SUFFIX, change.planDigest(), DIGEST));
        tags.put(key + ENDS_SUFFIX, change.endsAt() == null ? "" : change.endsAt().toString());
        tags.put(key + REMINDED_SUFFIX, change.remindedAt() == null ? "" : change.remindedAt().toString());
    }

    /** Writes empty continuations of a list of ports up to the most it can take. */
    private static void padded(Map<String, String> tags, String key) {
        for (int n = 2; n <= PORT_LIST_VALUES; n++) {
            tags.putIfAbsent(key + ":" + n, "");
        }
    }

    /** "create" for {@code peerbot:create}: how {@link #UNREPORTED} names a change. */
    private static String changeName(String key) {
        return key.substring("peerbot:".length());
    }

    private static Optional<Change> change(Map<String, String> tags, String key, List<String> unreported) {
        List<String> what = TagList.get(tags, key);
        if (what.isEmpty()) {
            return Optional.empty();
        }
        ChangeKind kind = field(key, () -> ChangeKind.fromTag(what.get(0).toLowerCase(Locale.ROOT)));
        if ((kind == ChangeKind.CREATE) != key.equals(CREATE)) {
            throw new IllegalArgumentException("tag " + key + ": a " + kind.tag() + " does not belong here");
        }
        List<PortRange> ports = what.size() == 1 ? List.of()
                : field(key, () -> PortList.parse(String.join(",", what.subList(1, what.size()))));
        String at = required(tags, key + AT_SUFFIX);
        List<Approval> approvals = new ArrayList<>();
        for (String item : TagList.get(tags, key + APPROVALS_SUFFIX)) {
            approvals.add(approval(key + APPROVALS_SUFFIX, item));
        }
        String state = required(tags, key + STATE_SUFFIX);
        String digest = tags.getOrDefault(key + PLAN_SUFFIX, "").strip();
        return Optional.of(field(key, () -> new Change(kind, ports,
                checked(key + BY_SUFFIX, required(tags, key + BY_SUFFIX), SlackIds.USER),
                field(key + AT_SUFFIX, () -> Instant.parse(at)), approvals,
                field(key + STATE_SUFFIX, () -> ChangeState.fromTag(state)),
                optional(tags, key + DENIED_BY_SUFFIX, SlackIds.USER),
                optional(tags, key + MESSAGE_SUFFIX, SlackIds.MESSAGE_TS),
                checked(key + PLAN_SUFFIX, digest, DIGEST),
                instant(tags, key + ENDS_SUFFIX), instant(tags, key + REMINDED_SUFFIX),
                unreported.contains(changeName(key)))));
    }

    private static Instant instant(Map<String, String> tags, String key) {
        String value = tags.getOrDefault(key, "").strip();
        return value.isEmpty() ? null : field(key, () -> Instant.parse(value));
    }

    static String approval(Approval approval) {
        String party = approval.extra() ? EXTRA_PREFIX + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(approval.rule().getBytes(StandardCharsets.UTF_8)) : approval.side().label();
        return party + "=" + checked("approvals", approval.userId(), SlackIds.USER) + "@"
                + approval.at().getEpochSecond();
    }

    static Approval approval(String key, String item) {
        Matcher m = APPROVAL.matcher(item);
        if (!m.matches()) {
            throw new IllegalArgumentException("tag " + key + ": '" + item
                    + "' is not side=user@epoch-seconds (e.g. accepter=U456DEF@1732870100)");
        }
        Instant at = Instant.ofEpochSecond(Long.parseLong(m.group(3)));
        if (m.group(1).startsWith(EXTRA_PREFIX)) {
            String rule = field(key, () -> new String(Base64.getUrlDecoder().decode(
                    m.group(1).substring(EXTRA_PREFIX.length())), StandardCharsets.UTF_8));
            return Approval.extra(rule, m.group(2), at);
        }
        Side side = m.group(1).equals("requester") ? Side.REQUESTER : Side.ACCEPTER;
        return new Approval(side, m.group(2), at);
    }

    private static boolean bool(Map<String, String> tags, String key, boolean absent) {
        String value = tags.get(key);
        if (value == null || value.isBlank()) {
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
