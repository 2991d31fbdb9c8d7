package io.peerbot.adapter.policy;

import io.peerbot.domain.policy.Guardrails;
import io.peerbot.domain.policy.PolicyRule;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The policy file ({@code PEERBOT_POLICY_FILE}): YAML with a list of named {@code rules} (see {@link RuleReader}),
 * read once at start. Every error in the file is reported, each at its line; a file with any error is not used.
 *
 * <pre>
 * rules:
 *   - name: prod-never-dev
 *     between: [{tags: {env: prod}}, {tags: {env: dev}}]
 *     deny: true
 *     message: prod and dev stay apart; ask #network for a shared service instead
 *   - name: pci-reason
 *     vpc: {tags: {pci: "true"}}
 *     require-reason: true
 * </pre>
 */
public final class YamlPolicyFile {
    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_RULES = 500;

    private YamlPolicyFile() {
    }

    /** @throws PolicyFileException naming the file and every error in it, with its line */
    public static Guardrails load(Path path) {
        String source = path.toString();
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new PolicyFileException(source, List.of(new PolicyFileError(0, "the file is " + size
                        + " bytes; a policy file takes at most " + MAX_BYTES + " (" + MAX_RULES + " rules)")));
            }
            return parse(source, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PolicyFileException(source, List.of(new PolicyFileError(0, "cannot read it: "
                    + e.getClass().getSimpleName() + " " + e.getMessage())));
        }
    }

    /** @param source where the text came from, for messages and for the rules' {@code source} */
    public static Guardrails parse(String source, String text) {
        if (text.length() > MAX_BYTES) {
            throw new PolicyFileException(source, List.of(new PolicyFileError(0, "the text is " + text.length()
                    + " characters; a policy file takes at most " + MAX_BYTES)));
        }
        Node root;
        try {
            root = yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new PolicyFileException(source, List.of(new PolicyFileError(line, "not valid YAML: "
                    + e.getProblem())));
        } catch (YAMLException e) {
            throw new PolicyFileException(source, List.of(new PolicyFileError(0, "not valid YAML: " + e.getMessage())));
        }
        if (root == null) {
            throw new PolicyFileException(source, List.of(new PolicyFileError(0, "the file is empty; it needs a list"
                    + " of rules under 'rules:'")));
        }
        List<PolicyFileError> errors = new ArrayList<>();
        List<PolicyRule> rules = new ArrayList<>();
        try {
            Map<String, Node> top = Nodes.mapping(root, "the policy file");
            for (String key : top.keySet()) {
                if (!key.equals("rules")) {
                    errors.add(new PolicyFileError(Nodes.line(top.get(key)), "unknown key '" + key
                            + "' at the top; the file holds only 'rules:'"));
                }
            }
            Node list = top.get("rules");
            if (list == null) {
                errors.add(new PolicyFileError(Nodes.line(root), "no 'rules:' list; a policy file is 'rules:' and a"
                        + " list of named rules"));
            } else {
                rules.addAll(rules(list, errors));
            }
        } catch (Nodes.Bad e) {
            errors.add(e.error());
        }
        if (!errors.isEmpty()) {
            throw new PolicyFileException(source, errors);
        }
        return new Guardrails(source, rules);
    }

    private static List<PolicyRule> rules(Node list, List<PolicyFileError> errors) {
        List<Node> items = Nodes.items(list, "rules");
        if (items.size() > MAX_RULES) {
            throw new Nodes.Bad(list, "the file has " + items.size() + " rules; at most " + MAX_RULES);
        }
        RuleReader reader = new RuleReader(new CelConditions());
        Map<String, Integer> seen = new HashMap<>();
        List<PolicyRule> rules = new ArrayList<>();
        for (Node item : items) {
            try {
                PolicyRule rule = reader.read(item);
                Integer first = seen.putIfAbsent(rule.name(), rule.line());
                if (first != null) {
                    errors.add(new PolicyFileError(rule.line(), "the rule name '" + rule.name() + "' is used twice"
                            + " (first at line " + first + "); a denial names its rule, so each name must be unique"));
                }
                rules.add(rule);
            } catch (Nodes.Bad e) {
                errors.add(e.error());
            }
        }
        return rules;
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setAllowDuplicateKeys(false);
        return new Yaml(new SafeConstructor(options), new org.yaml.snakeyaml.representer.Representer(
                new org.yaml.snakeyaml.DumperOptions()), new org.yaml.snakeyaml.DumperOptions(), options);
    }
}
