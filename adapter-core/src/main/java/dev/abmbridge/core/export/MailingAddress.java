package dev.abmbridge.core.export;

/**
 * A postal address as the CRM holds it; a missing part is null.
 *
 * @param country as the canonical model carries it (ISO 3166-1 alpha-2)
 */
public record MailingAddress(String street, String city, String state, String postalCode, String country) {

    public static final MailingAddress NONE = new MailingAddress(null, null, null, null, null);

    /** A mail house needs a street and a city, and a postal code or a country to route it. */
    public boolean usable() {
        return street != null && city != null && (postalCode != null || country != null);
    }
}
