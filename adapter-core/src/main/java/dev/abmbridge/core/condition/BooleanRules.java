package dev.abmbridge.core.condition;

/** Field conditions on yes/no fields such as {@code isIcp}. */
final class BooleanRules {
    private BooleanRules() {
    }

    static <T> Rule<T> rule(Operator op, Object operand, FieldDef<T> field) {
        if (op != Operator.EQUALS && op != Operator.NOT_EQUALS) {
            throw new OperandException("'" + field.name() + "' is true or false: " + op.key() + " does not apply",
                    "write " + field.name() + " with equals: true or equals: false");
        }
        boolean expected = Operands.bool(op, operand) == (op == Operator.EQUALS);
        var get = field.accessor();
        return t -> {
            Object v = get.apply(t);
            return v instanceof Boolean b ? Truth.of(b == expected) : Truth.UNKNOWN;
        };
    }
}
