package dev.abmbridge.core.playbook;

import dev.abmbridge.core.condition.Condition;
import dev.abmbridge.core.condition.ConditionProblem;
import dev.abmbridge.core.condition.Operator;
import dev.abmbridge.core.condition.RuleCompiler;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a condition from YAML and checks it against the fields of the place it is used in. */
final class ConditionReader {

    private static final List<String> COMBINATORS = List.of("allOf", "anyOf", "not", "cel");

    private final ErrorCollector errors;
    private final YamlValues values;

    ConditionReader(ErrorCollector errors) {
        this.errors = errors;
        this.values = new YamlValues(errors);
    }

    /** Reads and validates; empty when the condition has problems (all of them reported). */
    Optional<Condition> read(Node node, String what, RuleCompiler<?> compiler) {
        Optional<Condition> c = parse(node, what);
        c.ifPresent(condition -> {
            for (ConditionProblem p : compiler.compile(condition).problems()) {
                errors.at(p.position(), p.message() + " (in " + what + ")", p.hint());
            }
        });
        return c;
    }

    private Optional<Condition> parse(Node node, String what) {
        Optional<YamlMap> map = YamlMap.of(node, what, errors);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlMap m = map.get();
        List<String> operators = m.keys().stream().filter(k -> Operator.byKey(k).isPresent()).toList();
        List<String> combinators = m.keys().stream().filter(COMBINATORS::contains).toList();
        if (m.has("field")) {
            return field(m, operators, combinators, what);
        }
        if (!operators.isEmpty()) {
            errors.at(m.position(), what + " uses " + operators.get(0) + " but names no field",
                    "add field: <name>, for example { field: employees, " + operators.get(0) + ": ... }");
            return Optional.empty();
        }
        if (combinators.isEmpty()) {
            m.allowOnly(allKeys());
            errors.at(m.position(), what + " has no operator",
                    "write { field: F, OP: V } with OP one of " + String.join(", ", Operator.keys())
                            + ", or allOf, anyOf, not, cel");
            return Optional.empty();
        }
        if (combinators.size() > 1) {
            errors.at(m.keyNode(combinators.get(1)), what + " has two operators (" + combinators.get(0) + " and "
                    + combinators.get(1) + ")", "write one operator per condition; combine them with allOf or anyOf");
            return Optional.empty();
        }
        m.allowOnly(combinators);
        String op = combinators.get(0);
        Node value = m.get(op);
        var pos = m.position();
        switch (op) {
            case "not":
                return parse(value, "the condition under not").map(inner -> new Condition.Not(inner, pos));
            case "cel":
                return values.text(value, "cel").map(expr -> new Condition.Cel(expr, ErrorCollector.position(value)));
            default:
                return parts(value, op, what).map(parts -> op.equals("allOf")
                        ? new Condition.AllOf(parts, pos) : new Condition.AnyOf(parts, pos));
        }
    }

    private Optional<List<Condition>> parts(Node value, String op, String what) {
        Optional<List<Node>> items = values.list(value, op);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().isEmpty()) {
            errors.at(value, op + " needs at least one condition", "add conditions to the list, or remove " + op);
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        boolean ok = true;
        for (Node item : items.get()) {
            Optional<Condition> c = parse(item, "a condition under " + op);
            c.ifPresent(parts::add);
            ok &= c.isPresent();
        }
        return ok ? Optional.of(parts) : Optional.empty();
    }

    private Optional<Condition> field(YamlMap m, List<String> operators, List<String> combinators, String what) {
        Node fieldNode = m.get("field");
        Optional<String> field = fieldNode instanceof ScalarNode ? values.text(fieldNode, "field") : Optional.empty();
        if (!(fieldNode instanceof ScalarNode)) {
            errors.at(fieldNode, "field must be a field name", "write field: employees");
        }
        List<String> allowed = new ArrayList<>(Operator.keys());
        allowed.add("field");
        m.allowOnly(allowed);
        if (!combinators.isEmpty()) {
            // already reported as unknown keys by allowOnly
            return Optional.empty();
        }
        if (operators.isEmpty()) {
            errors.at(m.position(), "the condition on '" + field.orElse("?") + "' has no operator",
                    "add one of " + String.join(", ", Operator.keys()));
            return Optional.empty();
        }
        if (operators.size() > 1) {
            errors.at(m.keyNode(operators.get(1)), "the condition on '" + field.orElse("?") + "' has two operators ("
                    + operators.get(0) + " and " + operators.get(1) + ")",
                    "write one operator per condition and combine them with allOf: [ ... ]");
            return Optional.empty();
        }
        if (field.isEmpty()) {
            return Optional.empty();
        }
        Operator op = Operator.byKey(operators.get(0)).orElseThrow();
        Node operandNode = m.get(op.key());
        return Optional.of(new Condition.Field(field.get(), op, values.operand(operandNode), m.position(),
                ErrorCollector.position(operandNode)));
    }

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(Operator.keys());
        keys.add("field");
        keys.addAll(COMBINATORS);
        return keys;
    }
}
