package io.peerbot.adapter.slack.blocks;

import io.peerbot.application.port.Problem;

/** What went wrong, in words that say what to do about it. */
public final class ProblemText {
    private ProblemText() {
    }

    /** AWS's refusal explained (a missing permission names the policy to fix); anything else by its message. */
    public static String of(Problem problem) {
        if (problem instanceof Problem.Cloud cloud) {
            if (cloud.permissionDenied()) {
                return "AWS refused " + Mrkdwn.code(cloud.action()) + ": the bot's role lacks that permission ("
                        + Mrkdwn.escape(String.valueOf(cloud.message())) + "). Add it to the bot's IAM policy (see "
                        + Mrkdwn.code("iam/peerbot-policy.json") + ") and try again.";
            }
            if ("VpcPeeringConnectionAlreadyExists".equals(cloud.code())) {
                return "These VPCs already have a peering, or one was requested a moment ago: AWS allows one "
                        + "between two VPCs (" + Mrkdwn.escape(String.valueOf(cloud.message())) + "). Nothing was "
                        + "created; see it with `/peer list` and the VPC's name.";
            }
            return "AWS answered " + Mrkdwn.code(cloud.code()) + " to " + Mrkdwn.code(cloud.action()) + ": "
                    + Mrkdwn.escape(String.valueOf(cloud.message()));
        }
        if (problem instanceof Problem.NotRecorded) {
            return "peerbot restarted before it could say what went wrong; the reason is in its log.";
        }
        return "Unexpected error: " + Mrkdwn.escape(String.valueOf(((Problem.Unexpected) problem).message()));
    }

    /**
     * For work no one answered: AWS's refusal explained, anything else named with the most common cause
     * (the bot not in the channel).
     */
    public static String unfinished(Problem problem) {
        if (problem instanceof Problem.Unexpected unexpected) {
            return "peerbot could not finish that: " + Mrkdwn.escape(String.valueOf(unexpected.message()))
                    + ". If it says " + Mrkdwn.code("not_in_channel") + ", invite the bot to this channel ("
                    + Mrkdwn.code("/invite @peerbot") + ") and try again.";
        }
        return of(problem);
    }
}
