package io.peerbot.adapter.owners;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Safe YAML whose map keys are the text written: {@code 012345670123:} is that account, not an octal number
 * (1402433619), and {@code yes:} or {@code on:} is a VPC of that Name, not {@code true}.
 */
final class TextKeysConstructor extends SafeConstructor {
    TextKeysConstructor(LoaderOptions options) {
        super(options);
    }

    @Override
    protected void flattenMapping(MappingNode node) {
        for (NodeTuple entry : node.getValue()) {
            if (entry.getKeyNode() instanceof ScalarNode key && !Tag.MERGE.equals(key.getTag())) {
                key.setTag(Tag.STR);
            }
        }
        super.flattenMapping(node);
    }
}
