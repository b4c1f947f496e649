package dev.abmbridge.sandbox.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import net.datafaker.providers.base.BaseFaker;

/**
 * Per-country pools of first names, last names, cities and company names drawn once from Datafaker with the
 * seed; records are then assembled from the pools, which keeps generating a million records fast.
 */
final class NamePools {

    record Pool(List<String> firstNames, List<String> lastNames, List<String> cities, List<String> companyNames) {
    }

    private final Map<String, Pool> byCountry = new HashMap<>();

    NamePools(long seed, List<Country> countries) {
        for (Country country : countries) {
            BaseFaker faker = new BaseFaker(country.locale(), new Random(seed ^ country.isoCode().hashCode()));
            byCountry.put(country.isoCode(), new Pool(
                    draw(80, () -> faker.name().firstName()),
                    draw(120, () -> faker.name().lastName()),
                    draw(25, () -> faker.address().city()),
                    draw(120, () -> faker.company().name())));
        }
    }

    Pool of(Country country) {
        return byCountry.get(country.isoCode());
    }

    static String pick(List<String> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> draw(int count, java.util.function.Supplier<String> source) {
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(source.get());
        }
        return List.copyOf(values);
    }
}
