package io.peerbot.adapter.slack.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts long mrkdwn into pieces that each fit a block (e.g. a section's 3,000 characters), at line ends
 * where it can. A {@code ```} code block cut in two is closed at the end of one piece and reopened at the
 * start of the next, so both still render as code.
 */
public final class MrkdwnChunker {
    private static final String FENCE = "```";
    /** Room for a closing "\n```" and an opening "```\n" around a piece. */
    private static final int FENCE_ROOM = 2 * (FENCE.length() + 1);

    private MrkdwnChunker() {
    }

    public static List<String> chunks(String text, int max) {
        if (max <= FENCE_ROOM + 1) {
            throw new IllegalArgumentException("max too small: " + max);
        }
        int budget = max - FENCE_ROOM;
        List<String> pieces = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int length = 0;
        boolean startsInFence = false;
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            for (String part : splitLongLine(line, budget)) {
                if (!lines.isEmpty() && length + 1 + part.length() > budget) {
                    addUnlessBlank(pieces, piece(lines, startsInFence, inFence));
                    lines.clear();
                    length = 0;
                    startsInFence = inFence;
                }
                length += (lines.isEmpty() ? 0 : 1) + part.length();
                lines.add(part);
                if (countFences(part) % 2 == 1) {
                    inFence = !inFence;
                }
            }
        }
        addUnlessBlank(pieces, piece(lines, startsInFence, inFence));
        return pieces;
    }

    /** Slack refuses a section whose text is empty or only spaces. */
    private static void addUnlessBlank(List<String> pieces, String piece) {
        if (!piece.isBlank()) {
            pieces.add(piece.strip());
        }
    }

    private static String piece(List<String> lines, boolean reopenFence, boolean closeFence) {
        return (reopenFence ? FENCE + "\n" : "") + String.join("\n", lines) + (closeFence ? "\n" + FENCE : "");
    }

    /** A line longer than {@code max} in pieces, cut at the last space before the limit when there is one. */
    private static List<String> splitLongLine(String line, int max) {
        List<String> parts = new ArrayList<>();
        String rest = line;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut < max / 2) {
                cut = max;
                if (Character.isHighSurrogate(rest.charAt(cut - 1))) {
                    cut--;
                }
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }

    private static int countFences(String text) {
        int count = 0;
        for (int i = text.indexOf(FENCE); i >= 0; i = text.indexOf(FENCE, i + FENCE.length())) {
            count++;
        }
        return count;
    }
}
