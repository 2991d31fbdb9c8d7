package io.peerbot.adapter.policy;

import io.peerbot.domain.network.ResourceIds;
import io.peerbot.domain.policy.VpcSelector;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a VPC selector: {@code {id: …, name: …, account: …, region: …, tags: {env: prod}}}, each value one or a
 * list of several; every key given must match.
 */
final class SelectorReader {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d");
    private static final String KEYS = "id, name, account, region, tags";

    private SelectorReader() {
    }

    static VpcSelector read(Node node, String what) {
        Map<String, Node> entries = Nodes.mapping(node, what);
        if (entries.isEmpty()) {
            throw new Nodes.Bad(node, what + " names no VPCs; give one of " + KEYS + " (e.g. {tags: {env: prod}})");
        }
        Set<String> ids = Set.of();
        Set<String> names = Set.of();
        Set<String> accounts = Set.of();
        Set<String> regions = Set.of();
        Map<String, Set<String>> tags = Map.of();
        for (Map.Entry<String, Node> entry : entries.entrySet()) {
            Node value = entry.getValue();
            String key = entry.getKey();
            switch (key) {
                case "id" -> ids = checked(value, what + " id", ResourceIds.VPC, "a VPC id such as vpc-0a1b2c3d");
                case "name" -> names = new LinkedHashSet<>(Nodes.values(value, what + " name"));
                case "account" -> accounts = checked(value, what + " account", ACCOUNT, "an account id of 12 digits");
                case "region" -> regions = checked(value, what + " region", REGION, "a region such as eu-west-1");
                case "tags" -> tags = tags(value, what + " tags");
                default -> throw new Nodes.Bad(value, "unknown key '" + key + "' in " + what + "; it takes " + KEYS);
            }
        }
        return new VpcSelector(ids, names, accounts, regions, tags);
    }

    private static Set<String> checked(Node node, String what, Pattern form, String expected) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : Nodes.values(node, what)) {
            String lower = what.endsWith(" account") ? value : value.toLowerCase(Locale.ROOT);
            if (!form.matcher(lower).matches()) {
                throw new Nodes.Bad(node, what + ": '" + value + "' is not " + expected);
            }
            values.add(lower);
        }
        return values;
    }

    private static Map<String, Set<String>> tags(Node node, String what) {
        Map<String, Set<String>> tags = new LinkedHashMap<>();
        for (Map.Entry<String, Node> tag : Nodes.mapping(node, what + " (e.g. {env: prod})").entrySet()) {
            List<String> values = Nodes.values(tag.getValue(), what + " '" + tag.getKey() + "'");
            tags.put(tag.getKey(), new LinkedHashSet<>(values));
        }
        if (tags.isEmpty()) {
            throw new Nodes.Bad(node, what + " names no tag; e.g. {env: prod}");
        }
        return tags;
    }
}
