package dev.abmbridge.app.cli;

/** A mistake in what the user gave us; reported as a message with exit code 2, never as a stack trace. */
public class UserInputException extends RuntimeException {

    public UserInputException(String message) {
        super(message);
    }
}
