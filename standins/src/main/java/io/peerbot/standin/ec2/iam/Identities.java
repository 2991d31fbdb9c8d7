package io.peerbot.standin.ec2.iam;

import io.peerbot.standin.ec2.AccessKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Accounts, their access keys, and the roles that can be assumed in them. Thread-safe. */
public final class Identities {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::(\\d{12}):role/(?:[\\w+=,.@-]+/)*([\\w+=,.@-]+)");
    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /** Temporary credentials handed out by {@code AssumeRole}. */
    public record AssumedRole(AccessKey key, Principal principal, String roleArn, Instant expiration) {
    }

    /**
     * One {@code AssumeRole} answered: the role, the session name and the source identity it carried (what
     * CloudTrail would show of who asked), in the order answered.
     */
    public record Session(String roleArn, String sessionName, Optional<String> sourceIdentity, Instant at) {
    }

    private record KeyEntry(AccessKey key, Principal principal) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, KeyEntry> byAccessKeyId = new HashMap<>();
    private final Map<String, AccessKey> userKeys = new HashMap<>();
    private final Map<String, Set<String>> roles = new HashMap<>();
    private final List<Session> sessions = new ArrayList<>();

    public Identities(Clock clock) {
        this.clock = clock;
    }

    /** The long-term key of the account's user {@code peerbot}, made on first use. */
    public synchronized AccessKey credentialsFor(String account) {
        checkAccount(account);
        return userKeys.computeIfAbsent(account, a -> {
            AccessKey key = new AccessKey("AKIA" + randomString(KEY_CHARS, 16), randomString(SECRET_CHARS, 40), null);
            Principal principal = new Principal(a, "arn:aws:iam::" + a + ":user/peerbot", "AIDA" + randomString(KEY_CHARS, 17));
            byAccessKeyId.put(key.accessKeyId(), new KeyEntry(key, principal));
            return key;
        });
    }

    /** Lets {@code arn:aws:iam::<account>:role/<roleName>} be assumed (by any principal not denied sts:AssumeRole). */
    public synchronized void addRole(String account, String roleName) {
        checkAccount(account);
        roles.computeIfAbsent(account, a -> new HashSet<>()).add(roleName);
    }

    /** Every account with a user key or a role, sorted. */
    public synchronized List<String> accounts() {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(userKeys.keySet());
        all.addAll(roles.keySet());
        return List.copyOf(all);
    }

    /** The caller behind an access key, if the key is known and the session token (for temporary keys) matches. */
    public synchronized Optional<Principal> authenticate(String accessKeyId, String sessionToken) {
        KeyEntry entry = byAccessKeyId.get(accessKeyId);
        if (entry == null) {
            return Optional.empty();
        }
        String expected = entry.key().sessionToken();
        if (expected != null && !expected.equals(sessionToken)) {
            return Optional.empty();
        }
        return Optional.of(entry.principal());
    }

    /** The account a role ARN names, if the ARN is well-formed and the role is known. */
    public synchronized Optional<String> roleAccount(String roleArn) {
        Matcher m = ROLE_ARN.matcher(roleArn == null ? "" : roleArn);
        if (!m.matches() || !roles.getOrDefault(m.group(1), Set.of()).contains(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(m.group(1));
    }

    /** Issues temporary credentials for a known role; empty when the role is unknown. */
    public synchronized Optional<AssumedRole> assumeRole(String roleArn, String sessionName, Duration duration) {
        return assumeRole(roleArn, sessionName, Optional.empty(), duration);
    }

    /** Issues temporary credentials for a known role and records the session; empty when the role is unknown. */
    public synchronized Optional<AssumedRole> assumeRole(String roleArn, String sessionName,
                                                         Optional<String> sourceIdentity, Duration duration) {
        Optional<String> account = roleAccount(roleArn);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        sessions.add(new Session(roleArn, sessionName, sourceIdentity, clock.instant()));
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        AccessKey key = new AccessKey("ASIA" + randomString(KEY_CHARS, 16), randomString(SECRET_CHARS, 40),
                "IQoJb3JpZ2luX2Vj" + randomString(SECRET_CHARS, 120));
        String roleId = "AROA" + randomString(KEY_CHARS, 17);
        Principal principal = new Principal(account.get(),
                "arn:aws:sts::" + account.get() + ":assumed-role/" + roleName + "/" + sessionName,
                roleId + ":" + sessionName);
        byAccessKeyId.put(key.accessKeyId(), new KeyEntry(key, principal));
        return Optional.of(new AssumedRole(key, principal, roleArn, clock.instant().plus(duration)));
    }

    /** Every role session handed out so far, in order. */
    public synchronized List<Session> sessions() {
        return List.copyOf(sessions);
    }

    private String randomString(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static void checkAccount(String account) {
        if (account == null || !ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("an AWS account ID has 12 digits: " + account);
        }
    }
}
