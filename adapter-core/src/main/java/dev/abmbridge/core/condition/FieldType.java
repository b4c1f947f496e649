package dev.abmbridge.core.condition;

/** Value types of the fields conditions can test; the names are the ones CEL sees. */
public enum FieldType {
    /** {@code string} in CEL; compared with the text rules of PLAYBOOK.md. */
    TEXT,
    /** {@code int} in CEL; a {@link Long} in Java. */
    INTEGER,
    /** {@code double} in CEL; an exact {@link java.math.BigDecimal} in Java. */
    DECIMAL,
    /** {@code list(string)} in CEL. */
    TEXT_LIST,
    /** {@code bool} in CEL. */
    BOOLEAN,
    /** {@code custom.<name>}: whatever the source holds, {@code dyn} in CEL. */
    DYNAMIC;

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL;
    }
}
