package io.peerbot.standin.ec2.ec2;

import io.peerbot.standin.ec2.http.AwsServiceError;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** EC2's limits on tags: key and value length, the reserved {@code aws:} prefix, 50 tags per resource. */
final class TagRules {
    static final int MAX_TAGS = 50;

    private TagRules() {
    }

    /** Checks tags about to be added to a resource that already has {@code existing}. */
    static void check(Map<String, String> adding, Map<String, String> existing) {
        for (Map.Entry<String, String> tag : adding.entrySet()) {
            String key = tag.getKey();
            if (key.isEmpty() || key.length() > 128) {
                throw Ec2Errors.invalid("Tag keys must be between 1 and 128 characters: '" + key + "'");
            }
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                throw Ec2Errors.invalid("Tag keys starting with 'aws:' are reserved for internal use");
            }
            if (tag.getValue().length() > 256) {
                throw Ec2Errors.invalid("Tag value exceeds the maximum length of 256 characters for key '" + key + "'");
            }
        }
        Set<String> keys = new HashSet<>(existing.keySet());
        keys.addAll(adding.keySet());
        if (keys.size() > MAX_TAGS) {
            throw new AwsServiceError(400, "TagLimitExceeded",
                    "The maximum number of tags (" + MAX_TAGS + ") for the resource has been exceeded");
        }
    }
}
