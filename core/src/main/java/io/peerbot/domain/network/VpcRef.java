package io.peerbot.domain.network;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a person names a VPC: {@code vpc-0a1b2c3d}, a {@code Name} tag, or qualified as
 * {@code [account:][region:]name-or-id} (e.g. {@code 222233334444:eu-west-1:billing}).
 */
public record VpcRef(Optional<String> account, Optional<String> region, String nameOrId) {
    static final int MAX_NAME = 255;
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-[a-z]+)+-\\d");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]+");
    private static final Pattern QUOTED_NAME = Pattern.compile("[\\p{L}\\p{N}._ +=@/-]+");
    private static final String FORM = "expected a VPC id (vpc-0a1b2c3d), a Name, or account:region:name";

    /** @throws IllegalArgumentException with a message saying what is wrong */
    public static VpcRef parse(String text) {
        return parse(text, false);
    }

    /**
     * As {@link #parse(String)}, for a reference the person put in quotes: the name may then contain
     * spaces (a {@code Name} tag such as {@code "Billing VPC"}).
     */
    public static VpcRef parseQuoted(String text) {
        return parse(text, true);
    }

    private static VpcRef parse(String text, boolean quoted) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("a VPC is missing; " + FORM);
        }
        String[] parts = trimmed.split(":", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException("'" + trimmed + "': too many ':' parts; " + FORM);
        }
        for (String part : parts) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("'" + trimmed + "': an empty part between ':'; " + FORM);
            }
        }
        Optional<String> account = Optional.empty();
        Optional<String> region = Optional.empty();
        if (parts.length == 3) {
            account = Optional.of(account(trimmed, parts[0]));
            region = Optional.of(region(trimmed, parts[1]));
        } else if (parts.length == 2) {
            if (parts[0].chars().allMatch(Character::isDigit)) {
                account = Optional.of(account(trimmed, parts[0]));
            } else {
                region = Optional.of(region(trimmed, parts[0]));
            }
        }
        return new VpcRef(account, region, nameOrId(trimmed, parts[parts.length - 1], quoted));
    }

    private static String account(String whole, String part) {
        if (!ACCOUNT.matcher(part).matches()) {
            throw new IllegalArgumentException("'" + whole + "': an account id has 12 digits");
        }
        return part;
    }

    private static String region(String whole, String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        if (!REGION.matcher(lower).matches()) {
            throw new IllegalArgumentException("'" + whole + "': '" + part
                    + "' is neither a 12-digit account id nor a region like eu-west-1");
        }
        return lower;
    }

    private static String nameOrId(String whole, String part, boolean quoted) {
        if (part.regionMatches(true, 0, "vpc-", 0, 4)) {
            String id = part.toLowerCase(Locale.ROOT);
            if (!ResourceIds.VPC.matcher(id).matches()) {
                throw new IllegalArgumentException("'" + whole
                        + "': a VPC id is vpc- followed by 8 or 17 hex digits, e.g. vpc-0a1b2c3d");
            }
            return id;
        }
        if (part.length() > MAX_NAME) {
            throw new IllegalArgumentException("a VPC name has at most " + MAX_NAME + " characters; this one has "
                    + part.length());
        }
        if (quoted ? !QUOTED_NAME.matcher(part).matches() : !NAME.matcher(part).matches()) {
            throw new IllegalArgumentException("'" + whole + "': a VPC name may contain only "
                    + (quoted ? "letters, digits, spaces and - _ . + = @ /"
                              : "letters, digits and - _ . (put a name with spaces in quotes)"));
        }
        return part;
    }

    public boolean isId() {
        return nameOrId.startsWith("vpc-");
    }

    @Override
    public String toString() {
        return account.map(a -> a + ":").orElse("") + region.map(r -> r + ":").orElse("") + nameOrId;
    }
}
