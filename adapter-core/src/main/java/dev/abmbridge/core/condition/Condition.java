package dev.abmbridge.core.condition;

import java.util.List;

/** A playbook condition as written, before compilation. */
public sealed interface Condition {

    Position position();

    /** {@code { field: F, OP: V }}; {@code operand} is a String, Number, Boolean or List of those. */
    record Field(String field, Operator operator, Object operand, Position position, Position operandPosition)
            implements Condition {
    }

    record AllOf(List<Condition> parts, Position position) implements Condition {
        public AllOf {
            parts = List.copyOf(parts);
        }
    }

    record AnyOf(List<Condition> parts, Position position) implements Condition {
        public AnyOf {
            parts = List.copyOf(parts);
        }
    }

    record Not(Condition part, Position position) implements Condition {
    }

    record Cel(String expression, Position position) implements Condition {
    }
}
