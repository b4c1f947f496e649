package dev.abmbridge.core.condition;

import dev.abmbridge.core.normalize.TextKey;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.PatternSyntaxException;

/** Reads and checks the operand of a field condition, with messages a marketer can act on. */
final class Operands {
    private Operands() {
    }

    static List<?> list(Operator op, Object operand) {
        if (!(operand instanceof List<?> l)) {
            throw new OperandException(op.key() + " needs a list",
                    "write it as [a, b, ...], for example " + op.key() + ": [" + (operand == null ? "x" : operand) + "]");
        }
        if (l.isEmpty()) {
            throw new OperandException(op.key() + " needs at least one value", "add values between the brackets");
        }
        for (Object o : l) {
            if (o instanceof List<?> || o instanceof java.util.Map<?, ?> || o == null) {
                throw new OperandException(op.key() + " takes a flat list of values", "remove the nested list or empty entry");
            }
        }
        return l;
    }

    static Object scalar(Operator op, Object operand) {
        if (operand instanceof List<?> || operand instanceof java.util.Map<?, ?>) {
            throw new OperandException(op.key() + " takes a single value, not a list",
                    "use in/containsAny for a list of values");
        }
        if (operand == null) {
            throw new OperandException(op.key() + " needs a value", "write a value after " + op.key() + ":");
        }
        return operand;
    }

    static boolean bool(Operator op, Object operand) {
        if (operand instanceof Boolean b) {
            return b;
        }
        throw new OperandException(op.key() + " takes true or false, not '" + operand + "'",
                "write " + op.key() + ": true or " + op.key() + ": false");
    }

    static BigDecimal number(Operator op, Object operand, String field) {
        BigDecimal n = numberOrNull(operand);
        if (n == null) {
            throw new OperandException(op.key() + " on '" + field + "' needs a number, not '" + operand + "'",
                    "write a plain number such as 200 or 1500000 (no units or thousands separators)");
        }
        return n;
    }

    /** A YAML number, or a text that is a plain decimal number; null otherwise. */
    static BigDecimal numberOrNull(Object value) {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof java.math.BigInteger i) {
            return new BigDecimal(i);
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(n.toString()) : null;
        }
        if (value instanceof String s) {
            String t = s.strip();
            if (t.isEmpty() || !looksNumeric(t)) {
                return null;
            }
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static boolean looksNumeric(String t) {
        char c = t.charAt(0);
        return Character.isDigit(c) || c == '-' || c == '+' || c == '.';
    }

    /** The text a scalar operand stands for: numbers without trailing zeros, booleans as true/false. */
    static String text(Object operand) {
        if (operand instanceof String s) {
            return s;
        }
        BigDecimal n = numberOrNull(operand);
        if (n != null) {
            return n.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(operand);
    }

    static String key(Object operand) {
        String k = TextKey.of(text(operand));
        return k == null ? "" : k;
    }

    static Set<String> keys(List<?> operands) {
        Set<String> keys = new LinkedHashSet<>();
        operands.forEach(o -> keys.add(key(o)));
        return Set.copyOf(keys);
    }

    static CaseInsensitiveRegex regex(Object operand) {
        if (!(operand instanceof String s)) {
            throw new OperandException("matches needs a regular expression in text, not '" + operand + "'",
                    "quote the expression, for example matches: \"(?i)vp|vice president\"");
        }
        try {
            return new CaseInsensitiveRegex(s);
        } catch (PatternSyntaxException e) {
            throw new OperandException("the regular expression does not compile: " + e.getDescription()
                    + " near index " + e.getIndex(),
                    "check brackets and escapes; in YAML double quotes write a backslash as \\\\, or use single quotes");
        }
    }
}
