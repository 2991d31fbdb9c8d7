package io.peerbot.sandbox.html;

/** How mentions in mrkdwn are shown: the names behind user, channel and user-group IDs. */
public interface Names {
    /** A user's handle ({@code alice}), or empty when unknown. */
    String user(String userId);

    /** A channel's name without {@code #}, or empty when unknown. */
    String channel(String channelId);

    /** A user group's handle without {@code @}, or empty when unknown. */
    String userGroup(String groupId);

    /** Knows no one: every mention shows its ID or its label. */
    Names NONE = new Names() {
        @Override
        public String user(String userId) {
            return "";
        }

        @Override
        public String channel(String channelId) {
            return "";
        }

        @Override
        public String userGroup(String groupId) {
            return "";
        }
    };
}
