package dev.abmbridge.core.condition;

import java.math.BigDecimal;
import java.util.List;

/**
 * Field conditions on numbers. Compared exactly: whole-number fields against whole-number bounds as
 * {@code long}, everything else as {@link BigDecimal}, never through binary floating point.
 */
final class NumberRules {
    private NumberRules() {
    }

    /** A test of a present numeric value. */
    interface NumberTest {
        boolean test(BigDecimal value);

        /** Overridden where the bounds are whole numbers, to spare the boxing on the hot path. */
        default boolean test(long value) {
            return test(BigDecimal.valueOf(value));
        }
    }

    static NumberTest test(Operator op, Object operand, String field) {
        return switch (op) {
            case EQUALS, NOT_EQUALS, GREATER_THAN, AT_LEAST, LESS_THAN, AT_MOST -> {
                BigDecimal bound = Operands.number(op, Operands.scalar(op, operand), field);
                yield compare(op, bound);
            }
            case IN, NOT_IN -> {
                List<BigDecimal> values = Operands.list(op, operand).stream()
                        .map(o -> Operands.number(op, o, field)).toList();
                boolean in = op == Operator.IN;
                yield v -> values.stream().anyMatch(x -> x.compareTo(v) == 0) == in;
            }
            case BETWEEN -> between(Operands.list(op, operand), field);
            default -> throw new OperandException(op.key() + " works on text and lists, but '" + field + "' is a number",
                    "use equals, in, greaterThan, atLeast, lessThan, atMost or between on numbers");
        };
    }

    private static NumberTest compare(Operator op, BigDecimal bound) {
        boolean whole = isWhole(bound);
        long lb = whole ? bound.longValueExact() : 0;
        return new NumberTest() {
            @Override
            public boolean test(BigDecimal value) {
                return holds(op, value.compareTo(bound));
            }

            @Override
            public boolean test(long value) {
                return whole ? holds(op, Long.compare(value, lb)) : test(BigDecimal.valueOf(value));
            }
        };
    }

    private static NumberTest between(List<?> operands, String field) {
        if (operands.size() != 2) {
            throw new OperandException("between needs exactly two numbers, [low, high]",
                    "write between: [200, 10000]; both ends are included");
        }
        BigDecimal low = Operands.number(Operator.BETWEEN, operands.get(0), field);
        BigDecimal high = Operands.number(Operator.BETWEEN, operands.get(1), field);
        if (low.compareTo(high) > 0) {
            throw new OperandException("between's low end " + low.toPlainString() + " is above its high end "
                    + high.toPlainString(), "swap them: between: [" + high.toPlainString() + ", " + low.toPlainString() + "]");
        }
        boolean whole = isWhole(low) && isWhole(high);
        long l = whole ? low.longValueExact() : 0;
        long h = whole ? high.longValueExact() : 0;
        return new NumberTest() {
            @Override
            public boolean test(BigDecimal value) {
                return value.compareTo(low) >= 0 && value.compareTo(high) <= 0;
            }

            @Override
            public boolean test(long value) {
                return whole ? value >= l && value <= h : test(BigDecimal.valueOf(value));
            }
        };
    }

    private static boolean holds(Operator op, int cmp) {
        return switch (op) {
            case EQUALS -> cmp == 0;
            case NOT_EQUALS -> cmp != 0;
            case GREATER_THAN -> cmp > 0;
            case AT_LEAST -> cmp >= 0;
            case LESS_THAN -> cmp < 0;
            case AT_MOST -> cmp <= 0;
            default -> throw new IllegalStateException(op.key());
        };
    }

    private static boolean isWhole(BigDecimal d) {
        if (d.signum() == 0) {
            return true;
        }
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() <= 0 && s.precision() - s.scale() < 19;
    }

    static <T> Rule<T> rule(Operator op, Object operand, FieldDef<T> field) {
        NumberTest test = test(op, operand, field.name());
        var get = field.accessor();
        return t -> {
            Object v = get.apply(t);
            if (v == null) {
                return Truth.UNKNOWN;
            }
            if (v instanceof Long l) {
                return Truth.of(test.test(l.longValue()));
            }
            BigDecimal d = Operands.numberOrNull(v);
            return d == null ? Truth.UNKNOWN : Truth.of(test.test(d));
        };
    }
}
