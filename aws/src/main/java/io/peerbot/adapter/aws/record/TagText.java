package io.peerbot.adapter.aws.record;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Free text in a tag value. Tag values are kept to the characters every AWS service accepts (letters,
 * digits, spaces and {@code + - = . _ : / @}); any other character is written as {@code =HH} per UTF-8
 * byte, like quoted-printable, so a reason such as "billing, ticket #42" reads back exactly.
 */
final class TagText {
    static final int MAX_VALUE = 256;
    private static final String ELLIPSIS = "…";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private TagText() {
    }

    static boolean plain(int c) {
        return c < 128 && (Character.isLetterOrDigit(c) || " +-._:/@".indexOf(c) >= 0);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> append(out, c));
        return out.toString();
    }

    /** For text only people read (a {@code Name}): other characters become {@code _}, cut at the limit. */
    static String readable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(plain(c) || c == '=' ? (char) c : '_'));
        return out.length() <= MAX_VALUE ? out.toString() : out.substring(0, MAX_VALUE);
    }

    /** The escaped text, cut at a character boundary and ended with "…" when it would exceed {@code max}. */
    static String escapeWithin(String text, int max) {
        String whole = escape(text);
        if (whole.length() <= max) {
            return whole;
        }
        int room = max - escape(ELLIPSIS).length();
        StringBuilder out = new StringBuilder();
        for (int c : text.codePoints().toArray()) {
            StringBuilder next = new StringBuilder();
            append(next, c);
            if (out.length() + next.length() > room) {
                break;
            }
            out.append(next);
        }
        return out.toString().stripTrailing() + escape(ELLIPSIS);
    }

    /** @throws IllegalArgumentException for an {@code =} not followed by two hex digits */
    static String unescape(String value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            int c = value.codePointAt(i);
            if (c != '=') {
                byte[] raw = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
                i += Character.charCount(c) - 1;
                continue;
            }
            if (i + 2 >= value.length() || Character.digit(value.charAt(i + 1), 16) < 0
                    || Character.digit(value.charAt(i + 2), 16) < 0) {
                throw new IllegalArgumentException("'=' must be followed by two hex digits in '" + value + "'");
            }
            bytes.write(Integer.parseInt(value.substring(i + 1, i + 3), 16));
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder out, int c) {
        if (plain(c)) {
            out.append((char) c);
            return;
        }
        for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
            out.append('=').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
        }
    }
}
