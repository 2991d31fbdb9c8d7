package io.peerbot.standin.ec2.ssm;

import io.peerbot.standin.ec2.http.AwsServiceError;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Command documents each account and region has. {@code AWS-RunShellScript} is AWS's own and is everywhere;
 * {@code peerbot-probe} (the bot's connectivity test, {@code iam/peerbot-probe.json}) is in every account and region
 * too, as the deploy step creates it there, unless {@link #remove removed} to play an account where it was not.
 * Thread-safe.
 */
public final class SsmDocuments {
    /** AWS's document that runs any shell commands. */
    public static final String RUN_SHELL_SCRIPT = "AWS-RunShellScript";
    /** The bot's connectivity test. */
    public static final String PEERBOT_PROBE = "peerbot-probe";

    private final Map<String, SsmDocument> everywhere = new ConcurrentHashMap<>();
    private final Map<String, SsmDocument> created = new ConcurrentHashMap<>();
    private final Set<String> removed = ConcurrentHashMap.newKeySet();

    public SsmDocuments() {
        everywhere.put(RUN_SHELL_SCRIPT, SsmDocument.parse(RUN_SHELL_SCRIPT, resource(RUN_SHELL_SCRIPT + ".json")));
        everywhere.put(PEERBOT_PROBE, SsmDocument.parse(PEERBOT_PROBE, resource(PEERBOT_PROBE + ".json")));
    }

    /**
     * Creates (or replaces) a document in one account and region, as {@code aws ssm create-document} would.
     *
     * @throws IllegalArgumentException when the content is no schema 2.2 document of shell steps
     */
    public SsmDocuments create(String account, String region, String name, String content) {
        try {
            created.put(key(account, region, name), SsmDocument.parse(name, content));
        } catch (AwsServiceError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        removed.remove(key(account, region, name));
        return this;
    }

    /** Deletes the document in one account and region: it answers {@code InvalidDocument} there from now on. */
    public SsmDocuments remove(String account, String region, String name) {
        created.remove(key(account, region, name));
        removed.add(key(account, region, name));
        return this;
    }

    Optional<SsmDocument> find(String account, String region, String name) {
        String key = key(account, region, name);
        if (removed.contains(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(created.get(key)).or(() -> Optional.ofNullable(everywhere.get(name)));
    }

    /** The document, or {@code InvalidDocument} as SSM answers for a name the account does not have. */
    SsmDocument require(String account, String region, String name) {
        return find(account, region, name).orElseThrow(() -> AwsServiceError.client("InvalidDocument",
                "Document with name " + name + " does not exist."));
    }

    private static String key(String account, String region, String name) {
        return account + "/" + region + "/" + name;
    }

    private static String resource(String file) {
        try (InputStream in = SsmDocuments.class.getResourceAsStream("documents/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the stand-in's jar lacks the SSM document " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
