package dev.abmbridge.sandbox.generator;

/**
 * One generated company. Nullable fields are missing values, as they occur in real CRMs; {@code website}
 * and {@code countryText} carry the messy spellings people type.
 */
public record DemoCompany(
        int index,
        String name,
        String domain,
        String website,
        Industry industry,
        Integer employees,
        Long annualRevenue,
        Country country,
        String countryText,
        String city,
        boolean inSalesforce,
        boolean inHubSpot,
        long linkedInOrganizationId) {
}
