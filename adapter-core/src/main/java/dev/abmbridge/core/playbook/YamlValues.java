package dev.abmbridge.core.playbook;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed scalars and lists out of YAML nodes; numbers exact, problems reported at the value. */
final class YamlValues {

    private final ErrorCollector errors;

    YamlValues(ErrorCollector errors) {
        this.errors = errors;
    }

    Optional<String> text(Node node, String what) {
        if (node instanceof ScalarNode s && !Tag.NULL.equals(s.getTag()) && !s.getValue().isBlank()) {
            return Optional.of(s.getValue().strip());
        }
        errors.at(node, what + " must be a non-empty text", "write a value after the colon");
        return Optional.empty();
    }

    Optional<Integer> integer(Node node, String what, int min, int max) {
        Object v = scalar(node);
        if (v instanceof Long l && l >= min && l <= max) {
            return Optional.of(l.intValue());
        }
        if (v instanceof Long || v instanceof BigInteger) {
            errors.at(node, what + " must be between " + min + " and " + max + ", not " + v, "pick a value in that range");
        } else {
            errors.at(node, what + " must be a whole number, not '" + display(node) + "'", "write a number such as 25");
        }
        return Optional.empty();
    }

    Optional<Boolean> bool(Node node, String what) {
        if (scalar(node) instanceof Boolean b) {
            return Optional.of(b);
        }
        errors.at(node, what + " must be true or false, not '" + display(node) + "'", "write true or false");
        return Optional.empty();
    }

    Optional<List<Node>> list(Node node, String what) {
        if (node instanceof SequenceNode s) {
            return Optional.of(s.getValue());
        }
        errors.at(node, what + " must be a list", "write it as [a, b] or as lines starting with '- '");
        return Optional.empty();
    }

    List<String> texts(Node node, String what) {
        List<String> out = new ArrayList<>();
        list(node, what).ifPresent(items -> items.forEach(i -> text(i, "each entry of " + what).ifPresent(out::add)));
        return out;
    }

    /**
     * A condition operand as plain Java: String, Long, BigDecimal, Boolean, null, or a List of those;
     * a nested mapping is returned as is for the caller to reject.
     */
    Object operand(Node node) {
        if (node instanceof SequenceNode s) {
            List<Object> out = new ArrayList<>();
            s.getValue().forEach(n -> out.add(operand(n)));
            return out;
        }
        if (node instanceof ScalarNode) {
            return scalar(node);
        }
        return java.util.Map.of();
    }

    /** The value of a scalar as YAML's core schema types it. */
    static Object scalar(Node node) {
        if (!(node instanceof ScalarNode s)) {
            return null;
        }
        String v = s.getValue();
        Tag tag = s.getTag();
        try {
            if (Tag.INT.equals(tag)) {
                BigInteger i = parseInt(v.replace("_", ""));
                return i.bitLength() < 64 ? (Object) i.longValue() : i;
            }
            if (Tag.FLOAT.equals(tag)) {
                return new BigDecimal(v.replace("_", ""));
            }
        } catch (NumberFormatException e) {
            return v;
        }
        if (Tag.BOOL.equals(tag)) {
            // YAML 1.1 also reads yes/no/on/off as booleans; a country code NO must stay Norway.
            String l = v.toLowerCase(java.util.Locale.ROOT);
            return l.equals("true") || l.equals("false") ? (Object) Boolean.valueOf(l) : v;
        }
        if (Tag.NULL.equals(tag)) {
            return null;
        }
        return v;
    }

    private static BigInteger parseInt(String v) {
        String t = v.startsWith("+") ? v.substring(1) : v;
        if (t.startsWith("0x")) {
            return new BigInteger(t.substring(2), 16);
        }
        if (t.startsWith("0o")) {
            return new BigInteger(t.substring(2), 8);
        }
        return new BigInteger(t);
    }

    static String display(Node node) {
        return node instanceof ScalarNode s ? s.getValue() : "a " + (node instanceof SequenceNode ? "list" : "mapping");
    }
}
