package dev.abmbridge.core.normalize;

/**
 * A source value that cannot be normalized (employees {@code lots}, an e-mail without {@code @}).
 * Connectors catch it per record, report it with the record's position and go on with the rest.
 */
public final class InvalidRecordException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String reason;

    public InvalidRecordException(String field, String value, String reason) {
        super(field + " '" + (value == null ? "" : value) + "': " + reason);
        this.field = field;
        this.value = value;
        this.reason = reason;
    }

    /** For a parser's own exception whose message already names the field and the value. */
    public InvalidRecordException(String field, String value, IllegalArgumentException cause) {
        super(cause.getMessage(), cause);
        this.field = field;
        this.value = value;
        this.reason = cause.getMessage();
    }

    /** The canonical field name ({@code employees}, {@code email}, ...). */
    public String field() {
        return field;
    }

    /** The value as the source gave it; null when it was missing. */
    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
