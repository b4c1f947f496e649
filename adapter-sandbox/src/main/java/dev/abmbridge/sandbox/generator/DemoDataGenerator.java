package dev.abmbridge.sandbox.generator;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Deterministic demo data: the same {@link DemoDataSpec} always yields the same companies and contacts.
 * Employee counts are lognormal, industries and countries weighted, titles multilingual, and a share of
 * values missing or messy (website spellings, country spellings, e-mail case, free-mail addresses).
 */
public final class DemoDataGenerator {

    private static final String[] COMPANY_WORDS = {"Systems", "Labs", "Group", "Logistics", "Analytics", "Dynamics",
            "Networks", "Solutions", "Partners", "Industries", "Robotics", "Health", "Capital", "Energy", "Software"};
    private static final Set<String> LEGAL_WORDS = Set.of("inc", "llc", "ltd", "gmbh", "ag", "sa", "and", "co", "kg",
            "plc", "bv", "sarl", "ltda", "ab", "und", "et", "y", "e", "group");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final String[] FREE_MAIL = {"gmail.com", "outlook.com", "yahoo.com", "gmx.de"};

    private final DemoDataSpec spec;
    private final SplittableRandom random;
    private final NamePools pools;

    public DemoDataGenerator(DemoDataSpec spec) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed());
        this.pools = NamePools.shipped(Country.ALL);
    }

    public static DemoDataSet generate(DemoDataSpec spec) {
        return new DemoDataGenerator(spec).generate();
    }

    public DemoDataSet generate() {
        List<DemoCompany> companies = new ArrayList<>(spec.accounts());
        Set<String> domains = new HashSet<>();
        for (int i = 0; i < spec.accounts(); i++) {
            companies.add(company(i, domains));
        }
        List<DemoContact> contacts = new ArrayList<>(spec.contacts());
        for (int i = 0; i < spec.contacts(); i++) {
            contacts.add(contact(i, companies.get(random.nextInt(companies.size()))));
        }
        return new DemoDataSet(spec.seed(), List.copyOf(companies), List.copyOf(contacts));
    }

    private DemoCompany company(int index, Set<String> domains) {
        Country country = weighted(Country.ALL, Country::weight);
        NamePools.Pool pool = pools.of(country);
        String name = random.nextDouble() < 0.6
                ? NamePools.pick(pool.companyNames(), random)
                : NamePools.pick(pool.lastNames(), random) + " " + COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)];
        String domain = uniqueDomain(name, country, index, domains);
        Industry industry = messy(0.8) ? null : weighted(List.of(Industry.values()), Industry::weight);
        Integer employees = messy(1.0) ? null : lognormalEmployees();
        Long revenue = employees == null || messy(2.5) ? null : revenue(employees);
        boolean shared = random.nextDouble() < spec.sharedShare();
        boolean salesforce = shared || random.nextBoolean();
        return new DemoCompany(index, messyName(name), domain, website(domain), industry, employees, revenue, country,
                countryText(country), NamePools.pick(pool.cities(), random), salesforce, shared || !salesforce, 10_000L + index);
    }

    private DemoContact contact(int index, DemoCompany company) {
        Country country = random.nextDouble() < 0.85 ? company.country() : weighted(Country.ALL, Country::weight);
        NamePools.Pool pool = pools.of(country);
        String first = NamePools.pick(pool.firstNames(), random);
        String last = NamePools.pick(pool.lastNames(), random);
        String language = random.nextDouble() < 0.7 ? country.language() : "en";
        List<String> titles = TitleCatalog.BY_LANGUAGE.getOrDefault(language, TitleCatalog.BY_LANGUAGE.get("en"));
        String title = messy(0.6) ? null : messyTitle(titles.get(random.nextInt(titles.size())));
        return new DemoContact(index, company.index(), first, last, email(index, first, last, company.domain()), title,
                language, "+" + (1 + random.nextInt(98)) + " " + (100_000_000 + random.nextInt(899_999_999)));
    }

    private int lognormalEmployees() {
        double value = Math.exp(Math.log(120) + 1.7 * gaussian());
        return (int) Math.max(1, Math.min(400_000, Math.round(value)));
    }

    /** Standard normal draw (Box-Muller) from the seeded source. */
    private double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private long revenue(int employees) {
        double perHead = 60_000 * Math.exp(random.nextDouble() * Math.log(6));
        return Math.round(employees * perHead / 1000.0) * 1000L;
    }

    private String uniqueDomain(String name, Country country, int index, Set<String> domains) {
        String slug = slug(name);
        if (slug.length() < 3) {
            slug = "company" + index;
        }
        String domain = slug + "." + country.tld();
        if (!domains.add(domain)) {
            domain = slug + "-" + index + "." + country.tld();
            domains.add(domain);
        }
        return domain;
    }

    private String website(String domain) {
        if (messy(0.5)) {
            return null;
        }
        return switch (random.nextInt(6)) {
            case 0 -> "https://www." + domain;
            case 1 -> "http://" + domain;
            case 2 -> domain;
            case 3 -> "www." + domain + "/";
            case 4 -> "https://" + domain + "/about";
            default -> "https://" + domain;
        };
    }

    private String countryText(Country country) {
        if (messy(0.5)) {
            return null;
        }
        return messy(4.0) ? country.spellings().get(random.nextInt(country.spellings().size())) : country.name();
    }

    private String messyName(String name) {
        if (messy(0.3)) {
            return "  " + name + " ";
        }
        return messy(0.3) ? name.toUpperCase(Locale.ROOT) : name;
    }

    private String messyTitle(String title) {
        if (messy(0.4)) {
            return title.toUpperCase(Locale.ROOT);
        }
        return messy(0.4) ? " " + title.replace(" ", "  ") : title;
    }

    private String email(int index, String first, String last, String domain) {
        if (messy(0.3)) {
            return null;
        }
        String local = slug(first) + "." + slug(last);
        if (local.length() < 3) {
            local = "contact" + index;
        }
        if (messy(0.3)) {
            return local + index + "@" + FREE_MAIL[random.nextInt(FREE_MAIL.length)];
        }
        String email = local + "@" + domain;
        return messy(0.4) ? email.toUpperCase(Locale.ROOT) : email;
    }

    /** True with probability {@code factor × messyShare} (capped at 1). */
    private boolean messy(double factor) {
        return random.nextDouble() < Math.min(1.0, factor * spec.messyShare());
    }

    private <T> T weighted(List<T> values, java.util.function.ToIntFunction<T> weight) {
        int total = values.stream().mapToInt(weight).sum();
        int roll = random.nextInt(total);
        for (T value : values) {
            roll -= weight.applyAsInt(value);
            if (roll < 0) {
                return value;
            }
        }
        return values.get(values.size() - 1);
    }

    static String slug(String text) {
        String ascii = isAscii(text) ? text : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= ascii.length(); i++) {
            char c = i < ascii.length() ? Character.toLowerCase(ascii.charAt(i)) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (word.length() > 0) {
                if (!LEGAL_WORDS.contains(word.toString())) {
                    out.append(word);
                }
                word.setLength(0);
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
