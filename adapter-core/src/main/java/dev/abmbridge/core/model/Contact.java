package dev.abmbridge.core.model;

import java.util.Map;

/**
 * A person at an account, in canonical form; a missing value is {@code null}.
 *
 * @param accountId         the account the source links the contact to, if any
 * @param email             trimmed and lower-cased
 * @param sourceSeniority   the seniority the source system already carries, if any
 * @param sourceDepartment  the department the source system already carries, if any
 * @param custom            declared extra fields by name, without the {@code custom.} prefix
 */
public record Contact(
        String id,
        String source,
        String accountId,
        String email,
        String firstName,
        String lastName,
        String title,
        String country,
        String sourceSeniority,
        String sourceDepartment,
        Map<String, Object> custom) {

    public Contact {
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }
}
