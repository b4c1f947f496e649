package dev.abmbridge.bench.scale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a large, deterministic pair of contract CSVs for the {@code score} scale run: realistic mixes of
 * industries, sizes, countries and technologies, a share of missing and messy values, multilingual titles,
 * and a share of contacts without an account that must be matched by e-mail domain.
 *
 * <p>Usage: {@code ScaleDataGenerator DIR ACCOUNTS CONTACTS [SEED]}
 */
public final class ScaleDataGenerator {

    private static final String[] INDUSTRIES = {"Computer Software", "COMPUTER_SOFTWARE", "Financial Services",
            "Banking & Finance", "Retail", "Manufacturing", "Hospital & Health Care", "Insurance", "Education",
            "Internet", "Information Technology and Services", "Telecommunications", "Logistics", ""};
    private static final String[] COUNTRIES = {"US", "USA", "United States", "Germany", "Deutschland", "UK", "France",
            "Netherlands", "Nederland", "Spain", "Canada", "Brazil", "Japan", "Australia", "India", "Sweden", ""};
    private static final String[] TECH = {"Salesforce", "HubSpot", "Marketo", "Snowflake", "Slack", "BigQuery",
            "Zendesk", "Pardot", "Outreach", "Databricks"};
    private static final String[] TLDS = {"com", "io", "de", "co.uk", "fr", "nl", "es", "com.au"};
    private static final String[] TITLES = {"CEO", "Chief Technology Officer", "VP Sales", "VP of Engineering",
            "Director of Marketing", "Marketing Manager", "Senior Software Engineer", "Head of IT",
            "Procurement Manager", "CFO", "Data Analyst", "Geschäftsführer", "Leiter Vertrieb", "Directeur Marketing",
            "Responsable des achats", "Director de Tecnología", "Hoofd Inkoop", "Account Executive",
            "Customer Success Manager", "HR Business Partner", "IT-Leiter", "Product Manager", "COO", ""};
    private static final String[] FREE_MAIL = {"gmail.com", "yahoo.com", "gmx.de", "hotmail.fr"};

    private ScaleDataGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int accounts = Integer.parseInt(args[1]);
        int contacts = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        Files.createDirectories(dir);
        writeAccounts(dir.resolve("accounts.csv"), accounts, new SplittableRandom(seed));
        writeContacts(dir.resolve("contacts.csv"), contacts, accounts, new SplittableRandom(seed + 1));
    }

    static String domain(int account) {
        return "company" + account + "." + TLDS[account % TLDS.length];
    }

    private static void writeAccounts(Path file, int n, SplittableRandom r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("id", "name", "domain",
                     "website", "industry", "employees", "annualRevenue", "country", "state", "city", "type",
                     "technologies", "custom.abmTierOverride").get())) {
            for (int i = 0; i < n; i++) {
                long employees = Math.max(1, Math.round(Math.exp(4.5 + 1.8 * r.nextGaussian())));
                boolean viaWebsite = r.nextInt(10) == 0;
                String domain = domain(i);
                out.printRecord("A" + i, "Company " + i + (r.nextInt(20) == 0 ? ", Inc." : ""),
                        viaWebsite ? "" : (r.nextInt(15) == 0 ? "eu." + domain : domain),
                        viaWebsite ? "https://www." + domain + "/about" : "",
                        INDUSTRIES[r.nextInt(INDUSTRIES.length)],
                        r.nextInt(25) == 0 ? "" : r.nextInt(8) == 0 ? String.format(Locale.ROOT, "%,d", employees)
                                : Long.toString(employees),
                        r.nextInt(6) == 0 ? "" : "$" + Math.max(1, employees * (80 + r.nextInt(300)) / 1000) + "M",
                        COUNTRIES[r.nextInt(COUNTRIES.length)], "", "",
                        r.nextInt(50) == 0 ? "Competitor" : r.nextInt(3) == 0 ? "Customer" : "Prospect",
                        technologies(r), r.nextInt(500) == 0 ? "Tier 1" : "");
            }
        }
    }

    private static String technologies(SplittableRandom r) {
        int count = r.nextInt(4);
        StringBuilder sb = new StringBuilder();
        for (int t = 0; t < count; t++) {
            sb.append(t == 0 ? "" : ";").append(TECH[r.nextInt(TECH.length)]);
        }
        return sb.toString();
    }

    private static void writeContacts(Path file, int n, int accounts, SplittableRandom r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("id", "accountId", "email",
                     "firstName", "lastName", "title", "country").get())) {
            for (int i = 0; i < n; i++) {
                int account = r.nextInt(accounts);
                boolean lead = r.nextInt(10) == 0;
                String email = r.nextInt(50) == 0 ? "" : "person" + i + "@"
                        + (lead && r.nextInt(5) == 0 ? FREE_MAIL[r.nextInt(FREE_MAIL.length)] : domain(account));
                out.printRecord("C" + i, lead ? "" : "A" + account, email, "First" + i, "Last" + i,
                        TITLES[r.nextInt(TITLES.length)], "");
            }
        }
    }
}
