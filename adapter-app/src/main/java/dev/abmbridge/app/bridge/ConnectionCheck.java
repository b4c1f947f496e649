package dev.abmbridge.app.bridge;

import java.util.List;

/**
 * What {@code check} found for one connection.
 *
 * @param reached  the system answered with the configured credentials
 * @param problems what must change before a sync, each with its fix
 * @param notes    facts worth knowing that need no action (token expiry, fields in place)
 */
public record ConnectionCheck(String connection, String system, boolean reached, List<String> problems,
                              List<String> notes) {

    public ConnectionCheck {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return reached && problems.isEmpty();
    }
}
