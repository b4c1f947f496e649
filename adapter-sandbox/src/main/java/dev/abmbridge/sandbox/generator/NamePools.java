package dev.abmbridge.sandbox.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Per-country pools of first names, last names, cities and company names; records are assembled from them, which
 * keeps generating a million records fast.
 *
 * <p>The pools were drawn from Datafaker once and ship as the resource {@value #RESOURCE}: loading Datafaker's
 * locale files took about 2.4 s of CPU at every start of the sandbox, more than everything else it does with
 * 10,000 accounts. {@code NamePoolsWriter} in the test sources draws them again, and a test checks that the
 * resource is exactly what Datafaker gives, so the shipped names stay Datafaker's.
 */
final class NamePools {

    static final String RESOURCE = "name-pools.tsv";

    /** One country's pools; the kinds in the resource are the component names. */
    record Pool(List<String> firstNames, List<String> lastNames, List<String> cities, List<String> companyNames) {
    }

    private final Map<String, Pool> byCountry;

    private NamePools(Map<String, Pool> byCountry) {
        this.byCountry = byCountry;
    }

    /** The shipped pools of every country in {@code countries}; fails if the resource lacks one of them. */
    static NamePools shipped(List<Country> countries) {
        Map<String, Map<String, List<String>>> lists = read();
        Map<String, Pool> pools = new HashMap<>();
        for (Country country : countries) {
            Map<String, List<String>> kinds = lists.getOrDefault(country.isoCode(), Map.of());
            pools.put(country.isoCode(), new Pool(required(kinds, "firstNames", country), required(kinds, "lastNames", country),
                    required(kinds, "cities", country), required(kinds, "companyNames", country)));
        }
        return new NamePools(Map.copyOf(pools));
    }

    Pool of(Country country) {
        return byCountry.get(country.isoCode());
    }

    static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> required(Map<String, List<String>> kinds, String kind, Country country) {
        List<String> values = kinds.get(kind);
        if (values == null || values.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no " + kind + " for " + country.isoCode());
        }
        return List.copyOf(values);
    }

    /** Lines of {@code ISO<TAB>kind<TAB>value}, in draw order. */
    private static Map<String, Map<String, List<String>>> read() {
        Map<String, Map<String, List<String>>> lists = new HashMap<>();
        try (InputStream in = NamePools.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing from the sandbox's jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String[] parts = line.split("\t", 3);
                if (parts.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected ISO<TAB>kind<TAB>value");
                }
                lists.computeIfAbsent(parts[0], iso -> new HashMap<>())
                        .computeIfAbsent(parts[1], kind -> new ArrayList<>())
                        .add(parts[2]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }
}
