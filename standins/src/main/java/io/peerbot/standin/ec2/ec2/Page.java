package io.peerbot.standin.ec2.ec2;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** One page of a Describe answer: {@code MaxResults} items from {@code NextToken} on. */
record Page<T>(List<T> items, String nextToken) {

    private static final String TOKEN_PREFIX = "standin-offset:";

    /** Pages {@code all}; MaxResults must be between 5 and {@code maxLimit} when given. */
    static <T> Page<T> of(List<T> all, Ec2Params params, int maxLimit) {
        Integer max = params.integer("MaxResults");
        if (max != null && (max < 5 || max > maxLimit)) {
            throw Ec2Errors.invalid("Value ( " + max + " ) for parameter maxResults is invalid. Expecting a value "
                    + "between 5 and " + maxLimit + ".");
        }
        int offset = offset(params.get("NextToken"), all.size());
        if (max == null) {
            return new Page<>(all.subList(offset, all.size()), null);
        }
        int end = Math.min(all.size(), offset + max);
        String next = end < all.size() ? token(end) : null;
        return new Page<>(all.subList(offset, end), next);
    }

    private static String token(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((TOKEN_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token, int size) {
        if (token == null || token.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(TOKEN_PREFIX)) {
                int offset = Integer.parseInt(text.substring(TOKEN_PREFIX.length()));
                if (offset >= 0 && offset <= size) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw Ec2Errors.invalid("Invalid value '" + token + "' for parameter nextToken");
    }
}
