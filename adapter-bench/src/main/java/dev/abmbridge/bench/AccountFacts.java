package dev.abmbridge.bench;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.normalize.TextKey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The fact the Drools rules reason over: one account with its text fields already turned into
 * comparison keys ({@link TextKey}), which is what our compiled conditions do on every test.
 * A missing value is null (an empty list for technologies, with {@link #isHasTech()} false).
 */
public final class AccountFacts {

    private final String name;
    private final boolean hasDomain;
    private final String industryKey;
    private final Long employees;
    private final BigDecimal annualRevenue;
    private final String countryKey;
    private final String regionKey;
    private final String typeKey;
    private final List<String> techKeys;

    public AccountFacts(Account a) {
        this.name = blankToNull(a.name());
        this.hasDomain = blankToNull(a.domain()) != null;
        this.industryKey = TextKey.of(a.industry());
        this.employees = a.employees();
        this.annualRevenue = a.annualRevenue();
        this.countryKey = TextKey.of(a.country());
        this.regionKey = a.region() == null ? null : TextKey.of(a.region().name());
        this.typeKey = TextKey.of(a.type());
        List<String> keys = new ArrayList<>(a.technologies().size());
        for (String t : a.technologies()) {
            String k = TextKey.of(t);
            if (k != null) {
                keys.add(k);
            }
        }
        this.techKeys = keys;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public String getName() {
        return name;
    }

    public boolean isHasDomain() {
        return hasDomain;
    }

    public String getIndustryKey() {
        return industryKey;
    }

    public Long getEmployees() {
        return employees;
    }

    public BigDecimal getAnnualRevenue() {
        return annualRevenue;
    }

    public String getCountryKey() {
        return countryKey;
    }

    public String getRegionKey() {
        return regionKey;
    }

    public String getTypeKey() {
        return typeKey;
    }

    public List<String> getTechKeys() {
        return techKeys;
    }

    public boolean isHasTech() {
        return !techKeys.isEmpty();
    }
}
