package io.peerbot.adapter.policy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads YAML nodes as the policy file expects them, every complaint carrying the node's line. */
final class Nodes {
    private Nodes() {
    }

    /** What is wrong at a line; caught per rule so that one file's errors are all reported together. */
    static final class Bad extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;

        Bad(Node at, String message) {
            super(message, null, false, false);
            this.line = line(at);
        }

        PolicyFileError error() {
            return new PolicyFileError(line, getMessage());
        }
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The keys of a mapping in order, each with its value node; a key given twice is refused. */
    static Map<String, Node> mapping(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw new Bad(node, what + " must be a mapping of keys to values");
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode(), "a key of " + what);
            if (keys.containsKey(key)) {
                throw new Bad(tuple.getKeyNode(), "'" + key + "' is given twice in " + what + " (first at line "
                        + line(keys.get(key)) + ")");
            }
            keys.put(key, tuple.getKeyNode());
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    static String scalar(Node node, String what) {
        if (!(node instanceof ScalarNode scalar)) {
            throw new Bad(node, what + " must be a single value, not a " + (node instanceof SequenceNode ? "list"
                    : "mapping"));
        }
        return scalar.getValue().strip();
    }

    static String text(Node node, String what) {
        String value = scalar(node, what);
        if (value.isEmpty()) {
            throw new Bad(node, what + " is empty");
        }
        return value;
    }

    /** A list of single values, or one value (a comma list). */
    static List<String> values(Node node, String what) {
        List<String> values = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                values.add(text(item, "an item of " + what));
            }
        } else {
            for (String part : text(node, what).split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        if (values.isEmpty()) {
            throw new Bad(node, what + " lists nothing");
        }
        return values;
    }

    static List<Node> items(Node node, String what) {
        if (!(node instanceof SequenceNode sequence)) {
            throw new Bad(node, what + " must be a list (items starting with '- ')");
        }
        return sequence.getValue();
    }

    static boolean yes(Node node, String what) {
        String value = scalar(node, what);
        if (!value.equals("true")) {
            throw new Bad(node, what + " takes only 'true' (leave the rule out to turn it off); got '" + value + "'");
        }
        return true;
    }
}
