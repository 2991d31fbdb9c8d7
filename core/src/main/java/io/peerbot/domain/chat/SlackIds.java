package io.peerbot.domain.chat;

import java.util.regex.Pattern;

/** The forms of the Slack identifiers peerbot keeps: users, channels, message timestamps. */
public final class SlackIds {
    /** A member ({@code U…}) or an Enterprise Grid user ({@code W…}). */
    public static final Pattern USER = Pattern.compile("[UW][A-Z0-9]{2,}");
    /** A public or private channel, or a direct message. */
    public static final Pattern CHANNEL = Pattern.compile("[CDG][A-Z0-9]{2,}");
    /** A message's {@code ts}, which also names its thread. */
    public static final Pattern MESSAGE_TS = Pattern.compile("\\d+\\.\\d+");

    private SlackIds() {
    }
}
