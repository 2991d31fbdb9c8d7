package io.peerbot.adapter.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines up the {@code =} of consecutive one-line attributes the way {@code terraform fmt} does: within a run of
 * attribute lines (ended by a blank line, a comment, a block or a multi-line value), each name is padded to the
 * longest one. A line whose value opens a bracket it does not close is not part of a run.
 */
final class HclLayout {
    private static final Pattern ATTRIBUTE = Pattern.compile("^( *)([A-Za-z_\"][^=\\s]*?\"?)\\s*=\\s(.*)$");

    private HclLayout() {
    }

    static String align(String hcl) {
        List<String> lines = List.of(hcl.split("\n", -1));
        List<String> out = new ArrayList<>(lines.size());
        List<Matcher> run = new ArrayList<>();
        for (String line : lines) {
            Matcher attribute = ATTRIBUTE.matcher(line);
            boolean oneLine = attribute.matches() && balanced(attribute.group(3));
            if (oneLine && (run.isEmpty() || run.get(0).group(1).equals(attribute.group(1)))) {
                run.add(attribute);
                continue;
            }
            flush(run, out);
            if (oneLine) {
                run.add(attribute);
            } else {
                out.add(line);
            }
        }
        flush(run, out);
        return String.join("\n", out);
    }

    private static void flush(List<Matcher> run, List<String> out) {
        int width = run.stream().mapToInt(m -> m.group(2).length()).max().orElse(0);
        for (Matcher m : run) {
            out.add(m.group(1) + m.group(2) + " ".repeat(width - m.group(2).length()) + " = " + m.group(3));
        }
        run.clear();
    }

    /** True when the value closes every bracket and quote it opens (outside quoted strings). */
    static boolean balanced(String value) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            }
        }
        return depth == 0 && !quoted;
    }
}
