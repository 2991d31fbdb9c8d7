package io.peerbot.standin.slack;

import java.security.SecureRandom;
import java.util.UUID;

/** Random identifiers shaped like Slack's. */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";

    private Ids() {
    }

    static String alnum(int length) {
        return pick(ALNUM, length);
    }

    static String hex(int length) {
        return pick(HEX, length);
    }

    static String digits(int length) {
        return pick("0123456789", length);
    }

    static String envelopeId() {
        return UUID.randomUUID().toString();
    }

    static String triggerId() {
        return digits(13) + "." + digits(13) + "." + hex(32);
    }

    static String botToken() {
        return "xoxb-" + digits(13) + "-" + digits(13) + "-" + alnum(24);
    }

    static String appToken(String appId) {
        return "xapp-1-" + appId + "-" + digits(13) + "-" + hex(64);
    }

    /** One draw per identifier: a draw per character made sending a burst of envelopes cost more than the bot's acks. */
    private static String pick(String alphabet, int length) {
        byte[] drawn = new byte[length];
        RANDOM.nextBytes(drawn);
        StringBuilder s = new StringBuilder(length);
        for (byte b : drawn) {
            s.append(alphabet.charAt(Math.floorMod(b, alphabet.length())));
        }
        return s.toString();
    }
}
