package dev.abmbridge.core.state;

/** The state store could not be read or written. */
public class StateStoreException extends RuntimeException {
    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
