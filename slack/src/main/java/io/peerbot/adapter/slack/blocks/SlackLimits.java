package io.peerbot.adapter.slack.blocks;

/**
 * Slack's documented Block Kit limits, and the budgets peerbot keeps under them. Slack refuses a message
 * that breaks any of these with {@code invalid_blocks}, so every renderer cuts to fit.
 */
public final class SlackLimits {
    public static final int BLOCKS_PER_MESSAGE = 50;
    public static final int SECTION_TEXT = 3000;
    public static final int SECTION_FIELDS = 10;
    public static final int FIELD_TEXT = 2000;
    public static final int HEADER_TEXT = 150;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int CONTEXT_TEXT = 3000;
    public static final int ACTIONS_ELEMENTS = 25;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2000;
    public static final int ACTION_ID = 255;
    public static final int CONFIRM_TITLE = 100;
    public static final int CONFIRM_TEXT = 300;
    public static final int CONFIRM_BUTTON = 30;

    /**
     * The {@code text} fallback: Slack truncates beyond 40,000 characters and advises staying under 4,000;
     * notifications show far less, so peerbot keeps it short.
     */
    public static final int FALLBACK_TEXT = 3000;

    /** Peerbot's own budget: a message longer than this is hard to read, so it continues in another. */
    public static final int MESSAGE_CHARACTERS = 12_000;

    private SlackLimits() {
    }
}
