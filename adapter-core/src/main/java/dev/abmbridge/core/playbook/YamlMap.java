package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.EditDistance;
import dev.abmbridge.core.condition.Position;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A YAML mapping read key by key, reporting duplicate, missing and unknown keys where they are written. */
final class YamlMap {

    private final MappingNode node;
    private final String what;
    private final ErrorCollector errors;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, String what, ErrorCollector errors) {
        this.node = node;
        this.what = what;
        this.errors = errors;
        for (NodeTuple t : node.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                errors.at(t.getKeyNode(), "a key in " + what + " must be a plain name", "write name: value");
                continue;
            }
            if (entries.containsKey(k.getValue())) {
                errors.at(k, "'" + k.getValue() + "' is written twice in " + what, "keep one of them");
                continue;
            }
            entries.put(k.getValue(), t);
        }
    }

    /** The mapping, or empty after reporting that {@code node} is not one. */
    static Optional<YamlMap> of(Node node, String what, ErrorCollector errors) {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMap(m, what, errors));
        }
        errors.at(node, what + " must be a mapping of keys to values", "write it as key: value lines or { key: value }");
        return Optional.empty();
    }

    Position position() {
        return ErrorCollector.position(node);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Set<String> keys() {
        return entries.keySet();
    }

    Node keyNode(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getKeyNode();
    }

    /** The value, or null when the key is absent. */
    Node get(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    Node required(String key, String hint) {
        Node v = get(key);
        if (v == null) {
            errors.at(node, what + " needs '" + key + "'", hint);
        }
        return v;
    }

    /** Reports every key not in {@code allowed}, with the closest allowed one as a suggestion. */
    void allowOnly(List<String> allowed) {
        for (NodeTuple t : entries.values()) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (!allowed.contains(key)) {
                String hint = EditDistance.didYouMean(key, allowed) + what + " takes " + String.join(", ", allowed);
                errors.at(t.getKeyNode(), "unknown key '" + key + "' in " + what, hint);
            }
        }
    }
}
