package dev.abmbridge.bench;

import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.normalize.RegionResolver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Canonical accounts for benchmarks: deterministic for a seed, with realistic spreads of size, revenue,
 * country and tech stack, a share of missing values, and some industries spelled the way CRMs export
 * them ({@code COMPUTER_SOFTWARE}, {@code Banking & Finance}).
 */
public final class AccountGenerator {

    private static final String[] INDUSTRIES = {
            "Computer Software", "Computer Software", "Computer Software", "Information Technology and Services",
            "Information Technology and Services", "Financial Services", "Financial Services", "Internet",
            "Banking", "Insurance", "Hospital & Health Care", "Retail", "Manufacturing", "Automotive",
            "Telecommunications", "Higher Education", "Construction", "Logistics and Supply Chain",
            "Marketing and Advertising", "Management Consulting", "Real Estate", "Food & Beverages",
            // as CRM exports spell them
            "COMPUTER_SOFTWARE", "computer software", "Information Technology & Services", "FINANCIAL_SERVICES",
            "INTERNET"};

    private static final String[] COUNTRIES = {
            "US", "US", "US", "US", "US", "US", "CA", "CA", "GB", "GB", "GB", "DE", "DE", "FR", "FR", "NL", "ES",
            "IT", "SE", "CH", "IE", "PL", "BE", "DK", "IL", "AE", "ZA", "BR", "BR", "MX", "AR", "CO", "IN", "IN",
            "JP", "AU", "AU", "SG", "KR", "CN", "RU", "BY", "IR", "NG"};

    private static final String[] TECHNOLOGIES = {
            "Salesforce", "HubSpot", "Marketo", "Pardot", "Microsoft Dynamics", "Zendesk", "Intercom", "Slack",
            "AWS", "Google Cloud", "Azure", "Snowflake", "Databricks", "Segment", "Google Analytics", "Workday",
            "SAP", "Oracle", "Jira", "Okta", "Stripe", "Shopify", "Zoom", "Outreach"};

    private static final String[] SYLLABLES = {
            "ac", "me", "nor", "vex", "tri", "ton", "lum", "ar", "qu", "an", "ta", "zen", "ix", "ora", "bel",
            "cor", "sol", "ver", "da", "ko", "ni", "pex", "rio", "sy", "fin", "gal", "hel", "mar", "ro"};

    private static final String[] SUFFIXES = {
            "Inc.", "Labs", "Software", "Systems", "GmbH", "Ltd", "Group", "Analytics", "Cloud", "Data", "Holdings",
            "SA", "B.V.", "Technologies", "Partners", "Corp", "", "", "", ""};

    private static final String[] TYPES = {"Customer", "Prospect", "Prospect", "Prospect", "Partner", "Reseller"};

    private static final String[] TLDS = {"com", "com", "com", "io", "de", "co.uk", "fr", "nl", "ai", "net"};

    private AccountGenerator() {
    }

    public static Account[] generate(int count, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        Account[] out = new Account[count];
        for (int i = 0; i < count; i++) {
            out[i] = account(i, r);
        }
        return out;
    }

    /**
     * Account {@code i} of an endless deterministic stream: the same index and seed always give the same account,
     * without generating the ones before it (for data too large to hold).
     */
    public static Account at(int i, long seed) {
        return account(i, new SplittableRandom(seed ^ (i * 0x9E3779B97F4A7C15L)));
    }

    private static Account account(int i, SplittableRandom r) {
        String stem = stem(r);
        String suffix = pick(r, SUFFIXES);
        String name = suffix.isEmpty() ? stem : stem + " " + suffix;
        String domain = chance(r, 0.10) ? null : stem.toLowerCase().replace(" ", "") + "." + pick(r, TLDS);
        String industry = chance(r, 0.08) ? null : pick(r, INDUSTRIES);
        // log-uniform from 1 to about 250,000 people
        Long employees = chance(r, 0.12) ? null : Math.max(1L, Math.round(Math.exp(r.nextDouble() * 12.4)));
        BigDecimal revenue = null;
        if (!chance(r, 0.18)) {
            long base = employees == null ? Math.round(Math.exp(r.nextDouble() * 12.4)) : employees;
            long perHead = 40_000 + r.nextInt(360_000);
            revenue = BigDecimal.valueOf(base * perHead / 1000 * 1000);
        }
        String country = chance(r, 0.06) ? null : pick(r, COUNTRIES);
        String type = chance(r, 0.02) ? "Competitor" : chance(r, 0.3) ? null : pick(r, TYPES);
        List<String> tech = new ArrayList<>();
        if (!chance(r, 0.22)) {
            int n = 1 + r.nextInt(6);
            for (int k = 0; k < n; k++) {
                String t = pick(r, TECHNOLOGIES);
                if (!tech.contains(t)) {
                    tech.add(t);
                }
            }
        }
        return new Account("acc-" + i, "bench", name, domain, industry, employees, revenue, country,
                country == null ? null : RegionResolver.regionOf(country), null, null, type, tech, null, Map.of());
    }

    private static String stem(SplittableRandom r) {
        StringBuilder b = new StringBuilder();
        int n = 2 + r.nextInt(2);
        for (int k = 0; k < n; k++) {
            b.append(pick(r, SYLLABLES));
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        if (chance(r, 0.15)) {
            b.append(' ').append(Character.toUpperCase(pick(r, SYLLABLES).charAt(0))).append(pick(r, SYLLABLES));
        }
        return b.toString();
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
