package dev.abmbridge.core.rules;

import dev.abmbridge.core.condition.Condition;
import dev.abmbridge.core.condition.Truth;
import dev.abmbridge.core.model.Account;
import dev.abmbridge.core.model.Region;
import dev.abmbridge.core.normalize.TextKey;
import dev.abmbridge.core.playbook.Criterion;
import dev.abmbridge.core.playbook.Disqualifier;
import dev.abmbridge.core.playbook.IcpDefinition;
import dev.abmbridge.core.playbook.Tier;
import dev.abmbridge.core.testing.Playbooks;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compiled scorer, with all its shortcuts (keys compared in place, keys filed by first character,
 * whole-word patterns looked up, bit sets of criteria), must give exactly what a plain reading of
 * PLAYBOOK.md gives: build each text's key and compare keys, run {@code java.util.regex} with Unicode case
 * folding, compare numbers as {@code BigDecimal}, combine three-valued results, then score. Accounts are
 * generated messy: CRM spellings, blank and underscore-only text, non-ASCII letters that fold onto ASCII.
 */
class IcpScorerReferenceProperties {

    /** Every operator on every kind of field, nested conditions, a long in-list, negative weights. */
    private static final IcpDefinition ICP = Playbooks.parse("""
            version: 1
            icp:
              minScore: 60
              criteria:
                - { id: industry, weight: 25, when: { field: industry, in: [Computer Software, Information Technology and Services, Financial Services, Internet] } }
                - { id: size, weight: 20, when: { field: employees, between: [200, 10000] } }
                - { id: revenue, weight: 15, when: { field: annualRevenue, atLeast: 20000000 } }
                - { id: crm, weight: 10, when: { field: technologies, containsAny: [Salesforce, HubSpot, Marketo] } }
                - { id: region, weight: 10, when: { field: region, in: [NA, EMEA] } }
                - { id: servable, weight: 5, when: { field: country, notIn: [RU, BY, CN] } }
                - { id: domain, weight: 5, when: { field: domain, exists: true } }
                - { id: tech-name, weight: 5, when: { field: name, matches: "\\\\b(labs|software|systems|analytics|cloud|data|i|k)\\\\b" } }
                - { id: tiny, weight: -20, when: { field: employees, lessThan: 20 } }
                - id: cloud
                  weight: 10
                  when:
                    anyOf:
                      - { field: technologies, contains: AWS }
                      - allOf:
                          - { field: technologies, contains: Snowflake }
                          - { field: industry, equals: Financial Services }
                - { id: not-retail, weight: 3, when: { not: { field: industry, containsAny: [retail, "food and"] } } }
                - { id: city, weight: 4, when: { anyOf: [ { field: city, matches: "^(san|new)\\\\s" }, { field: city, notEquals: Berlin }, { field: city, equals: İstanbul } ] } }
                - { id: europe, weight: 2, when: { field: country, in: [DE, FR, GB, NL, ES, IT, SE, CH, IE, PL, BE, DK, AT, PT, FI, NO, CZ] } }
                - { id: revenue-cap, weight: -5, when: { field: annualRevenue, greaterThan: 2500000000.5 } }
                - { id: tech-text, weight: 1, when: { field: technologies, matches: "^goog|cloud$" } }
                - { id: type-known, weight: 1, when: { allOf: [ { field: type, exists: true }, { field: type, notIn: [Partner, Reseller] } ] } }
              disqualifiers:
                - { id: competitor, when: { field: type, equals: Competitor } }
                - { id: sanctioned, when: { field: country, in: [IR, KP, SY, CU] } }
                - { id: huge-retail, when: { allOf: [ { field: industry, contains: retail }, { field: employees, atLeast: 100000 } ] } }
              tiers:
                - { name: Tier 1, minScore: 80 }
                - { name: Tier 2, minScore: 60 }
                - { name: Tier 3, minScore: 40 }
            """).icp();

    private static final List<String> INDUSTRIES = List.of("Computer Software", "COMPUTER_SOFTWARE", "  computer   software ",
            "Information Technology & Services", "information_technology_and_services", "Financial Services",
            "FINANCIAL_SERVICES", "İnternet", "INTERNET", "Internet\u00A0", "Retail", "Food & Beverages", "Banking",
            "Computer Software Inc", "_", "  ", "&", "Ｃomputer Software");
    private static final List<String> NAME_WORDS = List.of("Acme", "labs", "LABS", "Labs_", "Software", "sYsTeMs",
            "data", "Data-Driven", "cloud9", "Cloud", "İ", "ı", "I", "\u212A", "k", "K", "ſ", "Müller", "analytics\u0301",
            "über", "&", "GmbH", "Inc.", " ", "-", "_", "日本");
    private static final List<String> TECHNOLOGIES = List.of("Salesforce", "SALESFORCE", " hubspot ", "Hub_Spot",
            "Marketo", "AWS", "aws", "Snowflake", "Google Analytics", "Google Cloud", "Slack", "Ｓalesforce", "Azure");
    private static final List<String> COUNTRIES = List.of("US", "us", "CA", "DE", "GB", "FR", "CN", "RU", "BY",
            "IR", "KP", "CU", "SY", "AT", "NO", "BR", "JP", "IN", "İR");
    private static final List<String> CITIES = List.of("San Francisco", "New York", "SAN\tJOSE", "Sandton", "Berlin",
            "BERLIN", " berlin ", "İstanbul", "ISTANBUL", "istanbul", "Newark", "  ");
    private static final List<String> TYPES = List.of("Competitor", "COMPETITOR", " competitor", "Customer", "Prospect",
            "Partner", "reseller", "  ", "_");

    @Provide
    Arbitrary<Account> accounts() {
        return account();
    }

    private static Arbitrary<Account> account() {
        Arbitrary<String> name = Arbitraries.of(NAME_WORDS).list().ofMaxSize(5)
                .flatMap(ws -> Arbitraries.of(" ", "", "-", ".").map(sep -> String.join(sep, ws)));
        Arbitrary<Long> employees = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((Long) null)),
                Tuple.of(2, Arbitraries.of(1L, 19L, 20L, 199L, 200L, 10_000L, 10_001L, 100_000L)),
                Tuple.of(5, Arbitraries.longs().between(1, 300_000)));
        Arbitrary<BigDecimal> revenue = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just((BigDecimal) null)),
                Tuple.of(2, Arbitraries.of("19999999.99", "20000000", "20000000.00", "2500000000.5",
                        "2500000000.51", "0").map(BigDecimal::new)),
                Tuple.of(5, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("5000000000"))
                        .ofScale(2)));
        return Builders.withBuilder(AccountDraft::new)
                .use(name.injectNull(0.1)).in((d, v) -> { d.name = v; return d; })
                .use(Arbitraries.of("acme.com", " ", "x.io").injectNull(0.2)).in((d, v) -> { d.domain = v; return d; })
                .use(Arbitraries.of(INDUSTRIES).injectNull(0.1)).in((d, v) -> { d.industry = v; return d; })
                .use(employees).in((d, v) -> { d.employees = v; return d; })
                .use(revenue).in((d, v) -> { d.revenue = v; return d; })
                .use(Arbitraries.of(COUNTRIES).injectNull(0.1)).in((d, v) -> { d.country = v; return d; })
                .use(Arbitraries.of(Region.class).injectNull(0.15)).in((d, v) -> { d.region = v; return d; })
                .use(Arbitraries.of(CITIES).injectNull(0.2)).in((d, v) -> { d.city = v; return d; })
                .use(Arbitraries.of(TYPES).injectNull(0.3)).in((d, v) -> { d.type = v; return d; })
                .use(Arbitraries.of(TECHNOLOGIES).list().ofMaxSize(6)).in((d, v) -> { d.technologies = v; return d; })
                .build(AccountDraft::build);
    }

    private static final class AccountDraft {
        String name;
        String domain;
        String industry;
        Long employees;
        BigDecimal revenue;
        String country;
        Region region;
        String city;
        String type;
        List<String> technologies = List.of();

        Account build() {
            return new Account("a", "test", name, domain, industry, employees, revenue, country, region, null, city,
                    type, technologies, null, Map.of());
        }
    }

    // Tier 1 is rare in these accounts (a few in a thousand): with 2,000 tries its share fell to the 0.1 % floor once
    // in CI by chance. 10,000 tries put about 30 Tier 1 accounts in a run, and a floor of 0.05 % then fails only when
    // the generator has really stopped reaching Tier 1.
    @Property(tries = 10_000)
    void scoresWhatAPlainReadingOfThePlaybookGives(@ForAll("accounts") Account account) {
        AccountInsight expected = reference(account);
        Statistics.collect(expected.disqualified() ? "disqualified" : expected.tier() == null ? "no tier" : expected.tier());
        Statistics.coverage(c -> {
            c.check("Tier 1").percentage(p -> p > 0.05);
            c.check("Tier 2").percentage(p -> p > 2);
            c.check("disqualified").percentage(p -> p > 5);
        });
        assertThat(new IcpScorer(ICP).score(account)).as("%s", account).isEqualTo(expected);
    }

    // ---- the reference: PLAYBOOK.md read plainly, no shortcuts ----

    private static AccountInsight reference(Account a) {
        List<String> matched = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        long matchedWeight = 0;
        for (Criterion c : ICP.criteria()) {
            Truth t = eval(c.when(), a);
            if (t == Truth.TRUE) {
                matched.add(c.id());
                matchedWeight += c.weight();
            } else if (t == Truth.UNKNOWN) {
                unknown.add(c.id());
            }
        }
        for (Disqualifier d : ICP.disqualifiers()) {
            if (eval(d.when(), a) == Truth.TRUE) {
                return new AccountInsight(0, null, false, d.id(), matched, unknown, false);
            }
        }
        BigDecimal positive = BigDecimal.valueOf(ICP.positiveWeight());
        int score = BigDecimal.valueOf(100 * matchedWeight).divide(positive, 0, RoundingMode.HALF_UP)
                .max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).intValueExact();
        String tier = ICP.tiers().stream().filter(t -> score >= t.minScore()).map(Tier::name).findFirst().orElse(null);
        return new AccountInsight(score, tier, score >= ICP.minScore(), null, matched, unknown, false);
    }

    private static Truth eval(Condition c, Account a) {
        if (c instanceof Condition.AllOf all) {
            List<Truth> ts = all.parts().stream().map(p -> eval(p, a)).toList();
            return ts.contains(Truth.FALSE) ? Truth.FALSE : ts.contains(Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.TRUE;
        }
        if (c instanceof Condition.AnyOf any) {
            List<Truth> ts = any.parts().stream().map(p -> eval(p, a)).toList();
            return ts.contains(Truth.TRUE) ? Truth.TRUE : ts.contains(Truth.UNKNOWN) ? Truth.UNKNOWN : Truth.FALSE;
        }
        if (c instanceof Condition.Not not) {
            return eval(not.part(), a).not();
        }
        Condition.Field f = (Condition.Field) c;
        Object v = value(f.field(), a);
        String op = f.operator().key();
        if (op.equals("exists")) {
            return Truth.of(!isMissing(v) == (Boolean) f.operand());
        }
        if (isMissing(v)) {
            return Truth.UNKNOWN;
        }
        if (v instanceof List<?> list) {
            return Truth.of(list.stream().anyMatch(e -> textHolds(op, f.operand(), e.toString(), true)));
        }
        if (v instanceof String s) {
            return Truth.of(textHolds(op, f.operand(), s, false));
        }
        BigDecimal n = v instanceof Long l ? BigDecimal.valueOf(l) : (BigDecimal) v;
        return Truth.of(numberHolds(op, f.operand(), n));
    }

    private static Object value(String field, Account a) {
        return switch (field) {
            case "name" -> a.name();
            case "domain" -> a.domain();
            case "industry" -> a.industry();
            case "employees" -> a.employees();
            case "annualRevenue" -> a.annualRevenue();
            case "country" -> a.country();
            case "region" -> a.region() == null ? null : a.region().name();
            case "city" -> a.city();
            case "type" -> a.type();
            case "technologies" -> a.technologies();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** Null, empty, only white space, or text with no comparison key (only separators), or an empty list. */
    private static boolean isMissing(Object v) {
        return v == null || v instanceof String s && TextKey.of(s) == null || v instanceof List<?> l && l.isEmpty();
    }

    /** A text condition; on a list element, {@code contains} means the element is the value. */
    private static boolean textHolds(String op, Object operand, String text, boolean element) {
        if (op.equals("matches")) {
            return Pattern.compile((String) operand, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        String key = TextKey.of(text);
        if (key == null) {
            return false;
        }
        List<String> keys = operand instanceof List<?> l ? l.stream().map(o -> TextKey.of(o.toString())).toList()
                : List.of(TextKey.of(operand.toString()));
        return switch (op) {
            case "equals", "in" -> keys.contains(key);
            case "notEquals", "notIn" -> !keys.contains(key);
            case "contains", "containsAny" -> element ? keys.contains(key) : keys.stream().anyMatch(key::contains);
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static boolean numberHolds(String op, Object operand, BigDecimal v) {
        if (op.equals("between")) {
            List<?> l = (List<?>) operand;
            return v.compareTo(new BigDecimal(l.get(0).toString())) >= 0 && v.compareTo(new BigDecimal(l.get(1).toString())) <= 0;
        }
        int c = v.compareTo(new BigDecimal(operand.toString()));
        return switch (op) {
            case "greaterThan" -> c > 0;
            case "atLeast" -> c >= 0;
            case "lessThan" -> c < 0;
            case "atMost" -> c <= 0;
            case "equals" -> c == 0;
            case "notEquals" -> c != 0;
            default -> throw new IllegalArgumentException(op);
        };
    }
}
