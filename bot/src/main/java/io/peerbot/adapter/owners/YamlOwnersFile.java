package io.peerbot.adapter.owners;

import io.peerbot.application.port.OwnersFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The owners file: a YAML map from VPC id, VPC Name or account id to owners, each a list or a comma
 * list of Slack user ids and e-mail addresses.
 *
 * <pre>
 * vpc-0a1b2c3d4e5f67890: [U012ABCDEF, alice@example.com]
 * billing: U034GHIJKL
 * "222233334444": [net-team@example.com]
 * </pre>
 */
public final class YamlOwnersFile implements OwnersFile {
    private final Path path;
    private final Map<String, List<String>> owners;

    private YamlOwnersFile(Path path, Map<String, List<String>> owners) {
        this.path = path;
        this.owners = owners;
    }

    /** No file configured: nobody owns anything through it. */
    public static YamlOwnersFile none() {
        return new YamlOwnersFile(null, Map.of());
    }

    /** @throws IllegalArgumentException naming the file and what is wrong with it */
    public static YamlOwnersFile load(Path path) {
        try (Reader reader = Files.newBufferedReader(path)) {
            Object root = new Yaml(new TextKeysConstructor(new LoaderOptions())).load(reader);
            return new YamlOwnersFile(path, parse(path, root));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the owners file " + path + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof IllegalArgumentException) {
                throw e;
            }
            throw new IllegalArgumentException("the owners file " + path + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static Map<String, List<String>> parse(Path path, Object root) {
        if (root == null) {
            return Map.of();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("the owners file " + path
                    + " must be a map from VPC id, Name or account to owners");
        }
        Map<String, List<String>> owners = new LinkedHashMap<>();
        map.forEach((key, value) -> owners.put(String.valueOf(key), entries(path, String.valueOf(key), value)));
        return Collections.unmodifiableMap(owners);
    }

    private static List<String> entries(Path path, String key, Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        if (value instanceof String text) {
            return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
        throw new IllegalArgumentException("the owners file " + path + ": the owners of '" + key
                + "' must be a list or a comma list of Slack user ids and e-mail addresses");
    }

    /** Every entry as written: key (VPC id, Name or account) to owner entries, in file order. */
    public Map<String, List<String>> entries() {
        return owners;
    }

    @Override
    public Optional<List<String>> ownersOf(String vpcId, Optional<String> name, String account) {
        return Optional.ofNullable(owners.get(vpcId))
                .or(() -> name.map(owners::get))
                .or(() -> Optional.ofNullable(owners.get(account)));
    }

    @Override
    public Optional<String> path() {
        return Optional.ofNullable(path).map(Path::toString);
    }
}
