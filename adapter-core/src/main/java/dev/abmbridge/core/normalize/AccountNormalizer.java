package dev.abmbridge.core.normalize;

import dev.abmbridge.core.model.Account;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Turns one source record, keyed by the canonical column names of the file contract
 * ({@code id, name, domain, website, industry, employees, annualRevenue, country, state, city,
 * type, technologies, custom.<name>}), into a canonical {@link Account}.
 *
 * <p>A value that cannot be read (employees {@code lots}, a domain that is not one) rejects the
 * record with {@link InvalidRecordException}; an unrecognized country only loses the country
 * (and region), since it is not worth dropping the account over. Keys that are neither canonical
 * nor {@code custom.} are ignored here; the connector reports them.
 */
public final class AccountNormalizer {
    private AccountNormalizer() {
    }

    public static Account normalize(String source, Map<String, String> raw) {
        String id = RecordFields.requireId(raw);
        String country = CountryNormalizer.toAlpha2(raw.get("country")).orElse(null);
        return new Account(
                id,
                source,
                TextValue.clean(raw.get("name")),
                domain(raw),
                TextValue.clean(raw.get("industry")),
                employees(raw.get("employees")),
                revenue(raw.get("annualRevenue")),
                country,
                RegionResolver.regionOf(country),
                TextValue.clean(raw.get("state")),
                TextValue.clean(raw.get("city")),
                TextValue.clean(raw.get("type")),
                TechnologyList.parse(raw.get("technologies")),
                null,
                RecordFields.custom(raw));
    }

    /** From {@code domain}, else from {@code website}; a value given but unreadable is an error. */
    private static String domain(Map<String, String> raw) {
        for (String field : new String[] {"domain", "website"}) {
            String value = raw.get(field);
            if (Placeholder.isMissing(value)) {
                continue;
            }
            String domain = RegistrableDomain.of(value);
            if (domain == null) {
                throw new InvalidRecordException(field, value, "not a domain, URL or e-mail under a public suffix");
            }
            return domain;
        }
        return null;
    }

    private static Long employees(String value) {
        try {
            return QuantityParser.parseEmployees(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("employees", value, e);
        }
    }

    private static BigDecimal revenue(String value) {
        try {
            return QuantityParser.parseRevenue(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRecordException("annualRevenue", value, e);
        }
    }
}
