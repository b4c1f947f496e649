package dev.abmbridge.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A company in canonical form. Values are already normalized (see {@code AccountNormalizer});
 * a missing value is {@code null}, never an empty or blank string.
 *
 * @param source      the system the record came from ({@code file}, {@code salesforce}, ...)
 * @param domain      the registrable domain, lower-case
 * @param country     ISO 3166-1 alpha-2
 * @param region      derived from {@code country}
 * @param engagement  0-100 from engagement sources, when configured
 * @param custom      declared extra fields by name, without the {@code custom.} prefix
 */
public record Account(
        String id,
        String source,
        String name,
        String domain,
        String industry,
        Long employees,
        BigDecimal annualRevenue,
        String country,
        Region region,
        String state,
        String city,
        String type,
        List<String> technologies,
        BigDecimal engagement,
        Map<String, Object> custom) {

    public Account {
        technologies = technologies == null ? List.of() : List.copyOf(technologies);
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }
}
