package dev.abmbridge.sandbox.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.datafaker.providers.base.BaseFaker;

/**
 * Draws the shipped name pools from Datafaker: each country from its own locale and a fixed seed, so the draw is
 * the same on every machine. Regenerate the resource with
 * {@code java -cp <test classpath> dev.abmbridge.sandbox.generator.NamePoolsWriter
 * adapter-sandbox/src/main/resources/dev/abmbridge/sandbox/generator/name-pools.tsv}.
 */
public final class NamePoolsWriter {

    /** The seed the demo data has always used by default; its pools are the ones shipped. */
    static final long SEED = 42;

    private NamePoolsWriter() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), draw(), StandardCharsets.UTF_8);
    }

    static String draw() {
        StringBuilder out = new StringBuilder();
        for (Country country : Country.ALL) {
            BaseFaker faker = new BaseFaker(country.locale(), new Random(SEED ^ country.isoCode().hashCode()));
            append(out, country, "firstNames", draw(80, () -> faker.name().firstName()));
            append(out, country, "lastNames", draw(120, () -> faker.name().lastName()));
            append(out, country, "cities", draw(25, () -> faker.address().city()));
            append(out, country, "companyNames", draw(120, () -> faker.company().name()));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, Country country, String kind, List<String> values) {
        for (String value : values) {
            if (value.contains("\t") || value.contains("\n")) {
                throw new IllegalStateException("Datafaker drew a value the resource cannot hold: " + value);
            }
            out.append(country.isoCode()).append('\t').append(kind).append('\t').append(value).append('\n');
        }
    }

    private static List<String> draw(int count, Supplier<String> source) {
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(source.get());
        }
        return values;
    }
}
