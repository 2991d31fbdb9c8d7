package io.peerbot.adapter.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks HCL for what {@code terraform fmt} would leave unchanged, by structure (no Terraform binary and no
 * well-kept Java HCL parser to ask): two-space indentation following brace depth, balanced braces and brackets,
 * the {@code =} of consecutive one-line attributes aligned, no trailing spaces, one blank line at most, a final
 * newline; and that every resource has an {@code import} block whose {@code to} is its address, and no import
 * points at a missing resource.
 */
final class HclShape {
    private static final Pattern RESOURCE = Pattern.compile("^resource \"([a-z0-9_]+)\" \"([A-Za-z0-9_-]+)\" \\{$");
    private static final Pattern IMPORT_TO = Pattern.compile("^  to = ([a-z0-9_]+\\.[A-Za-z0-9_-]+)$");
    private static final Pattern ATTRIBUTE = Pattern.compile("^( *)([^ =]+)( +)= (.*)$");

    private HclShape() {
    }

    static void assertFmtClean(String hcl) {
        assertThat(hcl).endsWith("}\n").doesNotContain("\n\n\n").doesNotContain("\t").doesNotContain(" \n");
        String[] lines = hcl.split("\n");
        int depth = 0;
        List<Matcher> run = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = "line " + (i + 1) + ": " + line;
            int closes = line.strip().startsWith("}") || line.strip().startsWith("]") ? 1 : 0;
            if (!line.isEmpty()) {
                assertThat(indent(line)).as(where).isEqualTo(2 * (depth - closes));
            }
            depth += opened(line);
            assertThat(depth).as(where).isGreaterThanOrEqualTo(0);
            Matcher attribute = ATTRIBUTE.matcher(line);
            boolean oneLine = attribute.matches() && !line.strip().startsWith("#") && HclLayout.balanced(attribute.group(4));
            if (oneLine && (run.isEmpty() || run.get(0).group(1).equals(attribute.group(1)))) {
                run.add(attribute);
            } else {
                checkAligned(run);
                if (oneLine) {
                    run.add(attribute);
                } else if (attribute.matches() && !line.strip().startsWith("#")) {
                    assertThat(attribute.group(3)).as("a multi-line value's = has one space before it: " + where)
                            .isEqualTo(" ");
                }
            }
        }
        checkAligned(run);
        assertThat(depth).as("braces balance").isZero();
        assertEveryResourceImported(lines);
    }

    private static void checkAligned(List<Matcher> run) {
        int width = run.stream().mapToInt(m -> m.group(2).length()).max().orElse(0);
        for (Matcher m : run) {
            assertThat(m.group(2).length() + m.group(3).length()).as("aligned: " + m.group(0)).isEqualTo(width + 1);
        }
        run.clear();
    }

    private static void assertEveryResourceImported(String[] lines) {
        Set<String> resources = new LinkedHashSet<>();
        Set<String> imported = new LinkedHashSet<>();
        for (int i = 0; i < lines.length; i++) {
            Matcher resource = RESOURCE.matcher(lines[i]);
            if (resource.matches()) {
                assertThat(resources.add(resource.group(1) + "." + resource.group(2))).as("unique " + lines[i]).isTrue();
            }
            if (lines[i].equals("import {")) {
                Matcher to = IMPORT_TO.matcher(lines[i + 1]);
                assertThat(to.matches()).as("import starts with to: " + lines[i + 1]).isTrue();
                assertThat(lines[i + 2]).as("import has an id").matches("  id = \"[^\"]+\"");
                imported.add(to.group(1));
            }
        }
        assertThat(resources).isNotEmpty();
        assertThat(imported).containsExactlyInAnyOrderElementsOf(resources);
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** Brackets opened minus closed on the line, outside strings and comments. */
    private static int opened(String line) {
        if (line.strip().startsWith("#")) {
            return 0;
        }
        int net = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[') {
                net++;
            } else if (c == '}' || c == ']') {
                net--;
            }
        }
        return net;
    }
}
