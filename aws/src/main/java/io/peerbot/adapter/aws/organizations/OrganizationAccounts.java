package io.peerbot.adapter.aws.organizations;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import io.peerbot.adapter.aws.json.SignedJsonCalls;
import io.peerbot.application.port.CloudException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * The active member accounts of the AWS Organization the bot's own account belongs to
 * ({@code PEERBOT_ACCOUNTS=organization}), read with {@code organizations:ListAccounts}, page by page, with the
 * bot's own credentials. Read once when first asked, then again when asked {@link #REFRESH} after the last read,
 * in the background: the list read before answers meanwhile, so a check never waits for Organizations. A failed
 * read after the first keeps the list read before, says so in the log, and is tried again {@link #REFRESH} later:
 * accounts that join are allowed within that time, and accounts that leave or are suspended are refused within it.
 */
public final class OrganizationAccounts implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OrganizationAccounts.class);
    /** How long the accounts read are used before they are read again. */
    public static final Duration REFRESH = Duration.ofMinutes(15);
    static final String ACTION = "ListAccounts";
    private static final String KEY = "members";

    private final OrganizationsClient client;
    private final AwsCredentialsProvider credentials;
    private final LoadingCache<String, Set<String>> members;

    /** @param credentials the bot's own: ListAccounts is called from its own account */
    public OrganizationAccounts(OrganizationsClient client, AwsCredentialsProvider credentials) {
        this(client, credentials, REFRESH, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /**
     * @param ticker   the time the refresh is measured in
     * @param executor where refreshes run
     */
    OrganizationAccounts(OrganizationsClient client, AwsCredentialsProvider credentials, Duration refresh,
                         Ticker ticker, Executor executor) {
        this.client = client;
        this.credentials = credentials;
        this.members = Caffeine.newBuilder().refreshAfterWrite(refresh).ticker(ticker).executor(executor)
                .build(new CacheLoader<>() {
                    @Override
                    public Set<String> load(String key) {
                        return read();
                    }

                    @Override
                    public Set<String> reload(String key, Set<String> before) {
                        try {
                            return read();
                        } catch (CloudException e) {
                            log.warn("the AWS Organization's accounts could not be read again ({}); the {} read "
                                    + "before are still allowed, and they are read again in {}", e.getMessage(),
                                    before.size(), refresh);
                            return before;
                        }
                    }
                });
    }

    /**
     * The active member accounts, as last read.
     *
     * @throws CloudException when they have never been read and cannot be: the reason, and what to grant
     */
    public Set<String> members() {
        return members.get(KEY);
    }

    /**
     * Reads the active member accounts now, every page.
     *
     * @throws CloudException naming why they cannot be read
     */
    public Set<String> read() {
        Set<String> active = new TreeSet<>();
        Set<String> tokens = new HashSet<>();
        Optional<String> next = Optional.empty();
        try {
            do {
                OrganizationsClient.Page page = client.listAccounts(credentials, next);
                page.accounts().stream().filter(OrganizationsClient.Account::active)
                        .forEach(a -> active.add(a.id()));
                next = page.nextToken().filter(tokens::add);
            } while (next.isPresent());
        } catch (SignedJsonCalls.Refused e) {
            throw new CloudException(ACTION, e.code(), unreadable(e.code() + ": " + e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new CloudException(ACTION, "Unreachable", unreadable("AWS Organizations could not be reached: "
                    + e.getCause().getMessage()), e);
        }
        return Set.copyOf(active);
    }

    private static String unreadable(String why) {
        return "PEERBOT_ACCOUNTS=organization: the AWS Organization's accounts could not be read with "
                + "organizations:ListAccounts (" + why + "). Allow organizations:ListAccounts to the bot's own "
                + "credentials; AWS answers it only in the organisation's management account or a delegated "
                + "administrator account";
    }

    @Override
    public void close() {
        client.close();
    }
}
