package dev.abmbridge.core.condition;

import dev.abmbridge.core.normalize.TextKey;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Predicate;

/**
 * Field conditions on {@code custom.<name>} fields, whose type only the data knows: a number-like value
 * meets a numeric operand as a number, anything else is compared as text, a list element by element.
 */
final class DynamicRules {
    private DynamicRules() {
    }

    static <T> Rule<T> rule(Operator op, Object operand, FieldDef<T> field) {
        var get = field.accessor();
        // Ordering needs numbers (a quoted "50" is one); equality and membership compare numbers only when
        // the playbook wrote numbers, and text otherwise.
        NumberRules.NumberTest numeric = op.isOrdering() || numericOperands(op, operand)
                ? NumberRules.test(op, operand, field.name()) : null;
        CaseInsensitiveRegex pattern = op == Operator.MATCHES ? Operands.regex(operand) : null;
        Predicate<String> text = op.isOrdering() || op == Operator.MATCHES
                ? null : TextRules.keyTest(op, operand, field);
        return t -> {
            Object v = get.apply(t);
            if (MissingValue.isMissing(v)) {
                return Truth.UNKNOWN;
            }
            if (v instanceof List<?> list) {
                if (pattern != null) {
                    return Truth.of(list.stream().anyMatch(e -> e != null && pattern.find(e.toString())));
                }
                return text == null ? Truth.UNKNOWN : ListRules.anyElement(v, text);
            }
            if (numeric != null) {
                BigDecimal d = Operands.numberOrNull(v);
                if (d != null) {
                    return Truth.of(numeric.test(d));
                }
                if (op.isOrdering()) {
                    return Truth.UNKNOWN;
                }
            }
            String s = Operands.text(v);
            if (pattern != null) {
                return Truth.of(pattern.find(s));
            }
            return Truth.of(text.test(TextKey.of(s)));
        };
    }

    private static boolean numericOperands(Operator op, Object operand) {
        return switch (op) {
            case EQUALS, NOT_EQUALS, GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST ->
                    !(operand instanceof String) && Operands.numberOrNull(operand) != null;
            case IN, NOT_IN, BETWEEN -> operand instanceof List<?> l && !l.isEmpty()
                    && l.stream().allMatch(o -> !(o instanceof String) && Operands.numberOrNull(o) != null);
            default -> false;
        };
    }
}
