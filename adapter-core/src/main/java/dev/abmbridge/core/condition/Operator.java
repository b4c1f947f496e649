package dev.abmbridge.core.condition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Operators of a field condition, spelled as in the playbook YAML. */
public enum Operator {
    EQUALS("equals"),
    NOT_EQUALS("notEquals"),
    IN("in"),
    NOT_IN("notIn"),
    GREATER_THAN("greaterThan"),
    AT_LEAST("atLeast"),
    LESS_THAN("lessThan"),
    AT_MOST("atMost"),
    BETWEEN("between"),
    CONTAINS("contains"),
    CONTAINS_ANY("containsAny"),
    MATCHES("matches"),
    EXISTS("exists");

    private final String key;

    Operator(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Operator> byKey(String key) {
        return Arrays.stream(values()).filter(o -> o.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Operator::key).toList();
    }

    public boolean isOrdering() {
        return this == GREATER_THAN || this == AT_LEAST || this == LESS_THAN || this == AT_MOST || this == BETWEEN;
    }

    /** Operators whose operand is a list. */
    public boolean takesList() {
        return this == IN || this == NOT_IN || this == BETWEEN || this == CONTAINS_ANY;
    }
}
