package dev.abmbridge.sandbox.salesforce;

import java.util.List;

/** The outcome of writing one record; {@code id} is null on failure. */
record SaveOutcome(String id, boolean created, List<SaveError> errors) {

    static SaveOutcome failed(List<SaveError> errors) {
        return new SaveOutcome(null, false, List.copyOf(errors));
    }

    static SaveOutcome failed(SaveError error) {
        return new SaveOutcome(null, false, List.of(error));
    }

    boolean success() {
        return errors.isEmpty();
    }
}
