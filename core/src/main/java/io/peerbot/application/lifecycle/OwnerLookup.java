package io.peerbot.application.lifecycle;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.peerbot.application.port.OwnerDirectory;
import io.peerbot.application.port.OwnersFile;
import io.peerbot.domain.approval.OwnerSpec;
import io.peerbot.domain.approval.Owners;
import io.peerbot.domain.network.Location;
import io.peerbot.domain.network.ResourceTags;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a VPC's owners: its {@code peerbot:owner} tag, else the owners file (by VPC id, Name, then
 * account). E-mail addresses and user groups become chat user ids; addresses nobody in the workspace has
 * are dropped.
 * Results are cached briefly so a burst of clicks does not hammer the chat's user look-up.
 */
public final class OwnerLookup {
    private static final Logger log = LoggerFactory.getLogger(OwnerLookup.class);

    private final OwnersFile ownersFile;
    private final OwnerDirectory directory;
    private final Cache<String, Owners> cache;

    public OwnerLookup(OwnersFile ownersFile, OwnerDirectory directory, Duration ttl) {
        this.ownersFile = ownersFile;
        this.directory = directory;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    public Owners ownersOf(String vpcId, Location location, Map<String, String> tags) {
        String key = vpcId + "|" + location + "|" + tags.getOrDefault(ResourceTags.OWNER, "") + "|" + tags.get("Name");
        return cache.get(key, k -> lookUp(vpcId, location, tags));
    }

    /** The Slack users among {@code entries} (user ids, e-mail addresses, user groups), resolved like owners. */
    public Owners membersOf(List<String> entries, String source) {
        return cache.get("approvers|" + String.join(",", entries), k -> {
            try {
                return resolve(OwnerSpec.of(entries), source);
            } catch (IllegalArgumentException unreadable) {
                log.warn("the approvers {} of {} cannot be read: {}", entries, source, unreadable.getMessage());
                return new Owners(Set.of(), "unreadable approvers of " + source + ": " + unreadable.getMessage());
            }
        });
    }

    private Owners lookUp(String vpcId, Location location, Map<String, String> tags) {
        try {
            return fromTagOrFile(vpcId, location, tags);
        } catch (IllegalArgumentException unreadable) {
            log.warn("the owners of {} cannot be read: {}", vpcId, unreadable.getMessage());
            return new Owners(Set.of(), "unreadable owners of " + vpcId + ": " + unreadable.getMessage());
        }
    }

    private Owners fromTagOrFile(String vpcId, Location location, Map<String, String> tags) {
        String tag = tags.get(ResourceTags.OWNER);
        if (tag != null && !tag.isBlank()) {
            return resolve(OwnerSpec.parse(tag), "the " + ResourceTags.OWNER + " tag of " + vpcId);
        }
        Optional<List<String>> fromFile =
                ownersFile.ownersOf(vpcId, Optional.ofNullable(tags.get("Name")), location.account());
        if (fromFile.isPresent()) {
            return resolve(OwnerSpec.parse(String.join(",", fromFile.get())),
                    "the owners file " + ownersFile.path().orElse(""));
        }
        return Owners.none();
    }

    private Owners resolve(OwnerSpec spec, String source) {
        Set<String> ids = new HashSet<>(spec.userIds());
        for (String email : spec.emails()) {
            directory.userIdByEmail(email).ifPresent(ids::add);
        }
        for (String group : spec.groupIds()) {
            ids.addAll(directory.membersOfGroup(group));
        }
        return new Owners(ids, source);
    }
}
