package dev.abmbridge.core.condition;

import dev.abmbridge.core.normalize.TextKey;
import dev.abmbridge.core.normalize.TextKeySet;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Field conditions on text, compared with PLAYBOOK.md's text rules (case, spaces, {@code _} and {@code &}). */
final class TextRules {
    private TextRules() {
    }

    /** A test of the comparison key of a present text value. */
    static Predicate<String> keyTest(Operator op, Object operand, FieldDef<?> field) {
        return switch (op) {
            case EQUALS -> {
                String key = allowed(field, Operands.key(Operands.scalar(op, operand)), operand);
                yield key::equals;
            }
            case NOT_EQUALS -> {
                String key = allowed(field, Operands.key(Operands.scalar(op, operand)), operand);
                yield v -> !key.equals(v);
            }
            case IN -> {
                Set<String> keys = allowedAll(field, Operands.list(op, operand));
                yield keys::contains;
            }
            case NOT_IN -> {
                Set<String> keys = allowedAll(field, Operands.list(op, operand));
                yield v -> !keys.contains(v);
            }
            case CONTAINS -> {
                String key = Operands.key(Operands.scalar(op, operand));
                yield v -> v.contains(key);
            }
            case CONTAINS_ANY -> {
                String[] keys = Operands.keys(Operands.list(op, operand)).toArray(String[]::new);
                yield v -> {
                    for (String k : keys) {
                        if (v.contains(k)) {
                            return true;
                        }
                    }
                    return false;
                };
            }
            default -> throw new OperandException(op.key() + " compares numbers, but '" + field.name() + "' is text",
                    "use equals, in, contains or matches on text fields");
        };
    }

    static <T> Rule<T> rule(Operator op, Object operand, FieldDef<T> field) {
        var get = field.accessor();
        if (op == Operator.MATCHES) {
            CaseInsensitiveRegex p = Operands.regex(operand);
            return t -> {
                Object v = get.apply(t);
                return MissingValue.isMissing(v) ? Truth.UNKNOWN : Truth.of(p.find(v.toString()));
            };
        }
        Predicate<String> test = textTest(op, operand, keyTest(op, operand, field));
        return t -> {
            Object v = get.apply(t);
            return MissingValue.isMissing(v) ? Truth.UNKNOWN : Truth.of(test.test(v.toString()));
        };
    }

    /** Longest operand list compared key by key; longer ones build the text's key and look it up. */
    static final int SCAN_LIMIT = 16;

    /**
     * {@code keyTest} applied to a present text. Equality and short lists compare the text with the keys
     * as it is ({@link TextKey#compare}, {@link TextKeySet}) instead of building its key first, which is
     * what made scoring allocate; a text with no key goes to {@code keyTest} as before.
     */
    private static Predicate<String> textTest(Operator op, Object operand, Predicate<String> keyTest) {
        switch (op) {
            case EQUALS -> {
                String key = Operands.key(Operands.scalar(op, operand));
                return s -> TextKey.isKeyOf(s, key);
            }
            case NOT_EQUALS -> {
                String key = Operands.key(Operands.scalar(op, operand));
                return s -> !TextKey.isKeyOf(s, key);
            }
            case IN, NOT_IN -> {
                Set<String> keys = Operands.keys(Operands.list(op, operand));
                if (keys.size() <= SCAN_LIMIT) {
                    TextKeySet set = TextKeySet.of(keys);
                    boolean in = op == Operator.IN;
                    return s -> {
                        int c = set.compare(s);
                        return c == TextKey.NO_KEY ? keyTest.test(null) : (c == TextKey.SAME) == in;
                    };
                }
            }
            default -> {
            }
        }
        return s -> keyTest.test(TextKey.of(s));
    }

    private static String allowed(FieldDef<?> field, String key, Object operand) {
        if (!field.allowedValues().isEmpty()
                && field.allowedValues().stream().noneMatch(a -> key.equals(TextKey.of(a)))) {
            throw new OperandException("'" + operand + "' is not a " + field.name() + " value",
                    "use one of " + String.join(", ", field.allowedValues()));
        }
        return key;
    }

    private static Set<String> allowedAll(FieldDef<?> field, List<?> operands) {
        operands.forEach(o -> allowed(field, Operands.key(o), o));
        return Operands.keys(operands);
    }
}
