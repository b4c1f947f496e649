package dev.abmbridge.core.condition;

/** An operand that does not fit its operator or field; turned into a {@link ConditionProblem} by the compiler. */
final class OperandException extends RuntimeException {

    private final String hint;

    OperandException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    String hint() {
        return hint;
    }
}
