package dev.abmbridge.sandbox.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import net.datafaker.providers.base.BaseFaker;

/**
 * Per-country pools of first names, last names, cities and company names drawn once from Datafaker with the
 * seed; records are then assembled from the pools, which keeps generating a million records fast.
 */
final class NamePools {

    record Pool(List<String> firstNames, List<String> lastNames, List<String> cities, List<String> companyNames) {
    }

    private final Map<String, Pool> byCountry;

    /**
     * Loading a Datafaker locale dominates a cold start of the sandbox, so the countries' pools are drawn in
     * parallel; each has its own faker and seed, so the result does not depend on the threads.
     */
    NamePools(long seed, List<Country> countries) {
        this.byCountry = countries.parallelStream()
                .collect(Collectors.toUnmodifiableMap(Country::isoCode, country -> pool(seed, country)));
    }

    private static Pool pool(long seed, Country country) {
        BaseFaker faker = new BaseFaker(country.locale(), new Random(seed ^ country.isoCode().hashCode()));
        return new Pool(
                draw(80, () -> faker.name().firstName()),
                draw(120, () -> faker.name().lastName()),
                draw(25, () -> faker.address().city()),
                draw(120, () -> faker.company().name()));
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
