package dev.abmbridge.sandbox.generator;

/** One generated contact of a company; {@code email} and {@code title} may be missing or messy. */
public record DemoContact(
        int index,
        int companyIndex,
        String firstName,
        String lastName,
        String email,
        String title,
        String language,
        String phone) {
}
